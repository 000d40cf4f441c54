package lexicon

// divisions are the states and provinces datelines print after a city
// ("CAMP DAVID, Maryland", "CAMP DAVID, Md.", "TORONTO, Ontario",
// "PERTH, Western Australia"), each with its country. U.S. states come
// with the abbreviations of the AP style, which wire datelines use.
var divisions = map[string]string{}

func init() {
	us := [][2]string{
		{"Alabama", "Ala."}, {"Alaska", ""}, {"Arizona", "Ariz."}, {"Arkansas", "Ark."}, {"California", "Calif."},
		{"Colorado", "Colo."}, {"Connecticut", "Conn."}, {"Delaware", "Del."}, {"Florida", "Fla."}, {"Georgia", "Ga."},
		{"Hawaii", ""}, {"Idaho", ""}, {"Illinois", "Ill."}, {"Indiana", "Ind."}, {"Iowa", ""}, {"Kansas", "Kan."},
		{"Kentucky", "Ky."}, {"Louisiana", "La."}, {"Maine", ""}, {"Maryland", "Md."}, {"Massachusetts", "Mass."},
		{"Michigan", "Mich."}, {"Minnesota", "Minn."}, {"Mississippi", "Miss."}, {"Missouri", "Mo."}, {"Montana", "Mont."},
		{"Nebraska", "Neb."}, {"Nevada", "Nev."}, {"New Hampshire", "N.H."}, {"New Jersey", "N.J."}, {"New Mexico", "N.M."},
		{"New York", "N.Y."}, {"North Carolina", "N.C."}, {"North Dakota", "N.D."}, {"Ohio", ""}, {"Oklahoma", "Okla."},
		{"Oregon", "Ore."}, {"Pennsylvania", "Pa."}, {"Rhode Island", "R.I."}, {"South Carolina", "S.C."},
		{"South Dakota", "S.D."}, {"Tennessee", "Tenn."}, {"Texas", ""}, {"Utah", ""}, {"Vermont", "Vt."},
		{"Virginia", "Va."}, {"Washington", "Wash."}, {"West Virginia", "W.Va."}, {"Wisconsin", "Wis."},
		{"Wyoming", "Wyo."}, {"D.C.", ""},
	}
	for _, s := range us {
		divisions[s[0]] = "United States"
		if s[1] != "" {
			divisions[s[1]] = "United States"
		}
	}
	for _, p := range []string{"Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland",
		"Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan"} {
		divisions[p] = "Canada"
	}
	for _, s := range []string{"New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria",
		"Western Australia", "Northern Territory", "Australian Capital Territory"} {
		divisions[s] = "Australia"
	}
}

// LookupDivision returns the country of a state or province as a
// dateline prints it after its city: "Maryland" and "Md." are in the
// United States, "Ontario" in Canada. "Georgia" is both a state and a
// country; the caller tells which.
func LookupDivision(name string) (country string, ok bool) {
	country, ok = divisions[name]
	return country, ok
}
