package lexicon

// regions are the parts of the world news sends its travellers to by
// name: "a tour of Southeast Asia", "his first trip to the Middle East".
// The key is the name as written, the value the name the region goes by.
var regions = map[string]string{
	"Middle East": "Middle East", "Mideast": "Middle East", "Near East": "Middle East",
	"Persian Gulf": "Persian Gulf", "Gulf region": "Persian Gulf",
	"Far East": "East Asia", "East Asia": "East Asia", "Northeast Asia": "East Asia",
	"Southeast Asia": "Southeast Asia", "South-East Asia": "Southeast Asia", "South Asia": "South Asia",
	"Central Asia": "Central Asia", "Asia": "Asia", "Asia-Pacific": "Asia-Pacific", "Asia Pacific": "Asia-Pacific",
	"Europe": "Europe", "Western Europe": "Western Europe", "Eastern Europe": "Eastern Europe",
	"Central Europe": "Central Europe", "Northern Europe": "Northern Europe", "Southern Europe": "Southern Europe",
	"Scandinavia": "Scandinavia", "Balkans": "Balkans", "Baltics": "Baltic states", "Baltic states": "Baltic states",
	"Caucasus": "Caucasus", "South Caucasus": "Caucasus",
	"Africa": "Africa", "North Africa": "North Africa", "West Africa": "West Africa", "East Africa": "East Africa",
	"Southern Africa": "Southern Africa", "Central Africa": "Central Africa", "Horn of Africa": "Horn of Africa",
	"sub-Saharan Africa": "Sub-Saharan Africa", "Sub-Saharan Africa": "Sub-Saharan Africa", "Sahel": "Sahel",
	"Maghreb": "Maghreb", "Levant": "Levant",
	"Latin America": "Latin America", "South America": "South America", "Central America": "Central America",
	"North America": "North America", "Caribbean": "Caribbean", "Americas": "Americas",
	"Pacific": "Pacific", "South Pacific": "South Pacific", "Oceania": "Oceania", "Arctic": "Arctic", "Antarctica": "Antarctica",
}

// LookupRegion returns the name of a part of the world: "the Mideast" →
// "Middle East", "Southeast Asia". Like the other lookups it matches as
// written, with or without a leading "the".
func LookupRegion(name string) (string, bool) {
	return lookup(regions, name)
}

// MayStartRegion reports whether word, as written, can begin a name
// [LookupRegion] knows.
func MayStartRegion(word string) bool {
	return word == "the" || word == "The" || regionFirst.has(word)
}

var regionFirst = firstWords(regions, nil)

// RegionTakesThe reports whether the region named name, as [LookupRegion]
// returns it, is written with "the": "the Middle East", but "Europe".
func RegionTakesThe(name string) bool { return regionsWithThe[name] }

var regionsWithThe = map[string]bool{
	"Middle East": true, "Persian Gulf": true, "Americas": true, "Balkans": true, "Baltic states": true, "Caucasus": true,
	"Horn of Africa": true, "Sahel": true, "Maghreb": true, "Levant": true, "Caribbean": true,
	"Pacific": true, "South Pacific": true, "Arctic": true,
}
