package lexicon

import "time"

// A succession is a state of today that was part of a former one until a
// day: Russia was in the Soviet Union until 26 December 1991.
type succession struct {
	country, former string
	until           string // the first day the country stood on its own, YYYY-MM-DD
}

// successions list where the present states of the gazetteer lay before
// the states of 1980s news broke up. Germany is West Germany's before
// reunification for every city but those of eastGermanCities; Berlin, a
// divided city, is left as it is. The dates are those of the public
// record: the Soviet Union's end (the Baltic states' recognition on 6
// September 1991), German reunification, the Czechoslovak split, the
// Yugoslav declarations of independence, and the end of the Federal
// Republic of Yugoslavia's name (4 February 2003).
var successions = []succession{
	{"Russia", "Soviet Union", "1991-12-26"}, {"Ukraine", "Soviet Union", "1991-12-26"},
	{"Belarus", "Soviet Union", "1991-12-26"}, {"Moldova", "Soviet Union", "1991-12-26"},
	{"Georgia", "Soviet Union", "1991-12-26"}, {"Armenia", "Soviet Union", "1991-12-26"},
	{"Azerbaijan", "Soviet Union", "1991-12-26"}, {"Kazakhstan", "Soviet Union", "1991-12-26"},
	{"Uzbekistan", "Soviet Union", "1991-12-26"}, {"Turkmenistan", "Soviet Union", "1991-12-26"},
	{"Kyrgyzstan", "Soviet Union", "1991-12-26"}, {"Tajikistan", "Soviet Union", "1991-12-26"},
	{"Estonia", "Soviet Union", "1991-09-06"}, {"Latvia", "Soviet Union", "1991-09-06"},
	{"Lithuania", "Soviet Union", "1991-09-06"},
	{"Germany", "West Germany", "1990-10-03"},
	{"Czech Republic", "Czechoslovakia", "1993-01-01"}, {"Slovakia", "Czechoslovakia", "1993-01-01"},
	{"Slovenia", "Yugoslavia", "1991-06-25"}, {"Croatia", "Yugoslavia", "1991-06-25"},
	{"North Macedonia", "Yugoslavia", "1991-09-08"}, {"Bosnia and Herzegovina", "Yugoslavia", "1992-03-03"},
	{"Serbia", "Yugoslavia", "2003-02-04"}, {"Montenegro", "Yugoslavia", "2003-02-04"},
	{"Kosovo", "Yugoslavia", "2003-02-04"},
}

// eastGermanCities lay in East Germany until reunification.
var eastGermanCities = map[string]bool{
	"East Berlin": true, "Leipzig": true, "Dresden": true, "Chemnitz": true, "Karl-Marx-Stadt": true,
	"Magdeburg": true, "Rostock": true, "Halle": true, "Erfurt": true, "Potsdam": true, "Gera": true,
	"Schwerin": true, "Cottbus": true, "Jena": true, "Weimar": true, "Zwickau": true, "Dessau": true,
	"Frankfurt (Oder)": true, "Neubrandenburg": true, "Suhl": true,
}

// StateOn returns the name of the state that country — a name
// [LookupCountry] gives — was part of on day, for a place in city (which
// may be ""): Moscow lay in the Soviet Union in 1987 and Bonn in West
// Germany. A country that stood on its own that day, a zero day, or
// Germany's Berlin before reunification comes back as it is.
func StateOn(country, city string, day time.Time) string {
	if day.IsZero() {
		return country
	}
	d := day.Format("2006-01-02")
	for _, s := range successions {
		if s.country != country || d >= s.until {
			continue
		}
		if country == "Germany" {
			switch {
			case eastGermanCities[city]:
				return "East Germany"
			case city == "Berlin":
				return country
			}
		}
		return s.former
	}
	return country
}
