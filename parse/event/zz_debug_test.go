package event

import (
	"fmt"
	"testing"
	"time"
)

func TestZZDebug(t *testing.T) {
	day := time.Date(2023, 11, 15, 0, 0, 0, 0, time.UTC)
	doc := storyOf(t, "", "WOODSIDE, Nov 15 (Yonhap) -- U.S. President Joe Biden and Chinese President Xi Jinping last met on the sidelines of the G20 summit in Bali, Indonesia, last November.\n", day)
	for _, e := range doc.Events {
		fmt.Println(e.String())
	}
	toks := tokenize("U.S. President Joe Biden and Chinese President Xi Jinping last met on the sidelines of the G20 summit in Bali, Indonesia, last November.", 0)
	for i, tk := range toks {
		fmt.Print(i, ":", tk.text, "/", tk.breaks(), " ")
	}
	fmt.Println()
}
