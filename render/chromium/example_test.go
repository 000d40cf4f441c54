package chromium_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"

	"github.com/dateline-dev/dateline/render"
	"github.com/dateline-dev/dateline/render/chromium"
	"github.com/dateline-dev/dateline/timeline"
)

// A program writes the chart as a PNG image for a report, and falls back
// to the static SVG, which needs no browser, when Chromium is missing.
func ExamplePNG() {
	var t *timeline.Timeline // from timeline.Build
	f, err := os.Create("chart.png")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	err = chromium.PNG(context.Background(), f, t, render.Options{Width: "1000px"})
	if errors.Is(err, chromium.ErrNotFound) {
		fmt.Fprintln(os.Stderr, err) // "... install Debian's chromium package ..."
		err = render.SVG(f, t, render.Options{})
	}
	if err != nil {
		log.Fatal(err)
	}
}
