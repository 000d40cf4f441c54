package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"sort"
	"strings"
)

// Theme chooses the colours of the interactive chart and of the page or
// fragment around it. The static SVG stays light whatever the theme,
// and so does a printed page, chart included: as a page is printed, a
// light copy of its chart is drawn for the paper, at the paper's size
// (datelinePrint in chart.js).
type Theme int

const (
	// ThemeAuto, the default, follows the reader's prefers-color-scheme:
	// dark for a reader who asks for dark, light otherwise. The chart's
	// theme is chosen when the page loads.
	ThemeAuto Theme = iota
	// ThemeLight is dark text on white.
	ThemeLight
	// ThemeDark is light text on a dark grey, darkBackground.
	ThemeDark
)

// String returns the name of th: "auto", "light" or "dark".
func (th Theme) String() string {
	switch th {
	case ThemeLight:
		return "light"
	case ThemeDark:
		return "dark"
	}
	return "auto"
}

// darkBackground is the dark theme's background, of the chart and of
// the page; darkText its text. Their contrast is 13.5:1.
const (
	darkBackground = "#1b1d23"
	darkText       = "#e6e6e6"
)

// darkColors maps each colour the light chart draws with to the colour
// the dark theme draws instead; colours it does not name are kept. White
// things (the halo around labels, the rim of points, hollow marks) take
// the background, dark text the light one. The kind colours that have
// less than 4.5:1 against darkBackground (text contrast, WCAG AA, since a
// tentative event's label is drawn in its kind's colour) take a lighter
// colour of about the same hue, picked so that no two kinds come closer,
// for readers with deuteranopia, protanopia or tritanopia as simulated
// (Machado 2009) or with full colour vision, than two kinds of the light
// theme do (TestDarkContrast checks the contrasts, TestDistinct the
// distances).
var darkColors = map[string]string{
	"#ffffff": darkBackground,
	"#333333": darkText,
	"#666":    "#aaaaaa", // the slider's end dates: 7.2:1
	"#6b5f00": "#d9c75a", // "reported": 9.8:1
	"#8a8a8a": "#9a9a9a", // the line joining an event's lanes: 6.1:1

	"#4477aa": "#88aaff", // Visit
	"#228833": "#66cc66", // Arrival
	"#0022ff": "#9988ff", // Return
	"#aa3377": "#cc77bb", // Talks
	"#cc33ee": "#dd44cc", // Summit
	"#881100": "#ffaa99", // Conference
	"#332288": "#9966ff", // Signing
	"#8c564b": "#ee5544", // Ceremony
	"#882255": "#dd7799", // Mediation
	"#117733": "#44aa66", // palette
	"#aa4499": "#bb66cc", // palette
	"#555555": "#999999", // palette
}

// darkJSON is darkColors as the page's script reads it, with the
// background and text under "background" and "text", and the tooltip's
// under "tooltip".
func darkJSON() template.JS {
	m := map[string]string{"background": darkBackground, "text": darkText, "tooltip": "#2a2d35"}
	for k, v := range darkColors {
		m[k] = v
	}
	b, err := json.Marshal(m) // sorted keys: deterministic
	if err != nil {
		panic(err) // a map of strings always marshals
	}
	return template.JS(b)
}

// themeVars are the page's and fragment's colours, as CSS custom
// properties, light then dark. Every text colour has at least 4.5:1
// against its background (TestDarkContrast).
var themeVars = [2]map[string]string{
	{
		"--dl-bg": "#ffffff", "--dl-fg": "#222222", "--dl-muted": "#666666", "--dl-soft": "#555555",
		"--dl-key": "#444444", "--dl-code": "#707070", "--dl-rule": "#dddddd", "--dl-quote": "#cccccc",
		"--dl-mark": "#fff2a8", "--dl-mark-fg": "#222222",
	},
	{
		"--dl-bg": darkBackground, "--dl-fg": darkText, "--dl-muted": "#aaaaaa", "--dl-soft": "#bbbbbb",
		"--dl-key": "#cccccc", "--dl-code": "#999999", "--dl-rule": "#3a3d45", "--dl-quote": "#555a66",
		"--dl-mark": "#5c5200", "--dl-mark-fg": "#ffffff",
	},
}

// themeCSS returns the rules that set the colours of the elements sel
// selects for th: the light ones, the dark ones (unconditionally for
// ThemeDark, for a reader who prefers dark for ThemeAuto), and the light
// ones again for print.
func themeCSS(sel string, th Theme) template.CSS {
	block := func(m map[string]string, scheme string) string {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		fmt.Fprintf(&b, "%s { color-scheme: %s;", sel, scheme)
		for _, k := range keys {
			fmt.Fprintf(&b, " %s: %s;", k, m[k])
		}
		b.WriteString(" }")
		return b.String()
	}
	light, dark := block(themeVars[0], "light"), block(themeVars[1], "dark")
	var s string
	switch th {
	case ThemeLight:
		s = light
	case ThemeDark:
		s = dark + "\n@media print { " + light + " }"
	default:
		s = light + "\n@media screen and (prefers-color-scheme: dark) { " + dark + " }"
	}
	return template.CSS(s)
}
