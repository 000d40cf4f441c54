package lexicon_test

import (
	"fmt"

	"github.com/dateline-dev/dateline/parse/lexicon"
)

func Example() {
	if c, ok := lexicon.LookupAdjective("Soviet"); ok {
		fmt.Println(c.Name, c.Code)
	}
	if role, ok := lexicon.LookupTitle("Foreign Minister"); ok {
		fmt.Println(role)
	}
	if city, ok := lexicon.LookupCity("Washington"); ok {
		fmt.Println(city.Name, "is in", city.Country.Name)
	}
	if org, ok := lexicon.LookupOrganisation("the U.N."); ok {
		fmt.Println(org)
	}
	_, ok := lexicon.LookupCity("Nice")
	fmt.Println("Nice is a city:", ok)
	// Output:
	// Soviet Union SU
	// foreign minister
	// Washington is in United States
	// United Nations
	// Nice is a city: false
}
