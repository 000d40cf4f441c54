package timex

// cycle returns, for units that repeat every period (the months of a
// year, the seasons), the occurrence of the idx-th unit on or before the
// anchor's unit cur and the one on or after it, all counted in units
// since year 0.
func cycle(cur, idx, period int) (before, after int) {
	before = cur - ((cur-idx)%period+period)%period
	after = before
	if after < cur {
		after += period
	}
	return before, after
}

// lastOrNext returns the occurrence "last" (or "past") and "next" (or
// "coming") name: the nearest one strictly before or after the anchor's
// unit cur. It reports false for any other rel.
func lastOrNext(rel string, cur, before, after, period int) (int, bool) {
	switch rel {
	case "last", "past":
		if before == cur {
			return before - period, true
		}
		return before, true
	case "next", "coming":
		if after == cur {
			return after + period, true
		}
		return after, true
	}
	return 0, false
}
