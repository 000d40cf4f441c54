package lexicon

import "time"

// A term is one person's tenure of an office, from its first day until
// the next holder's.
type term struct {
	country, role, name string
	from                string // YYYY-MM-DD
}

// terms are the holders of the offices a government's own texts name by
// title alone ("the President spoke with ...", "the Secretary met ..."):
// the United States' president, vice president, secretary of state and
// secretary of defense since 1981, in order of office and date. Public
// record.
var terms = []term{
	{"United States", "president", "Ronald Reagan", "1981-01-20"},
	{"United States", "president", "George Bush", "1989-01-20"},
	{"United States", "president", "Bill Clinton", "1993-01-20"},
	{"United States", "president", "George W. Bush", "2001-01-20"},
	{"United States", "president", "Barack Obama", "2009-01-20"},
	{"United States", "president", "Donald J. Trump", "2017-01-20"},
	{"United States", "president", "Joe Biden", "2021-01-20"},
	{"United States", "president", "Donald J. Trump", "2025-01-20"},
	{"United States", "vice president", "George Bush", "1981-01-20"},
	{"United States", "vice president", "Dan Quayle", "1989-01-20"},
	{"United States", "vice president", "Al Gore", "1993-01-20"},
	{"United States", "vice president", "Dick Cheney", "2001-01-20"},
	{"United States", "vice president", "Joe Biden", "2009-01-20"},
	{"United States", "vice president", "Mike Pence", "2017-01-20"},
	{"United States", "vice president", "Kamala Harris", "2021-01-20"},
	{"United States", "vice president", "JD Vance", "2025-01-20"},
	{"United States", "secretary of state", "Alexander Haig", "1981-01-22"},
	{"United States", "secretary of state", "George Shultz", "1982-07-16"},
	{"United States", "secretary of state", "James Baker", "1989-01-25"},
	{"United States", "secretary of state", "Lawrence Eagleburger", "1992-12-08"},
	{"United States", "secretary of state", "Warren Christopher", "1993-01-20"},
	{"United States", "secretary of state", "Madeleine Albright", "1997-01-23"},
	{"United States", "secretary of state", "Colin Powell", "2001-01-20"},
	{"United States", "secretary of state", "Condoleezza Rice", "2005-01-26"},
	{"United States", "secretary of state", "Hillary Rodham Clinton", "2009-01-21"},
	{"United States", "secretary of state", "John Kerry", "2013-02-01"},
	{"United States", "secretary of state", "Rex Tillerson", "2017-02-01"},
	{"United States", "secretary of state", "Mike Pompeo", "2018-04-26"},
	{"United States", "secretary of state", "Antony Blinken", "2021-01-26"},
	{"United States", "secretary of state", "Marco Rubio", "2025-01-21"},
	{"United States", "defense secretary", "Caspar Weinberger", "1981-01-21"},
	{"United States", "defense secretary", "Frank Carlucci", "1987-11-23"},
	{"United States", "defense secretary", "Dick Cheney", "1989-03-21"},
	{"United States", "defense secretary", "Les Aspin", "1993-01-20"},
	{"United States", "defense secretary", "William Perry", "1994-02-03"},
	{"United States", "defense secretary", "William Cohen", "1997-01-24"},
	{"United States", "defense secretary", "Donald Rumsfeld", "2001-01-20"},
	{"United States", "defense secretary", "Robert M. Gates", "2006-12-18"},
	{"United States", "defense secretary", "Leon E. Panetta", "2011-07-01"},
	{"United States", "defense secretary", "Chuck Hagel", "2013-02-27"},
	{"United States", "defense secretary", "Ash Carter", "2015-02-17"},
	{"United States", "defense secretary", "Jim Mattis", "2017-01-20"},
	{"United States", "defense secretary", "Mark Esper", "2019-07-23"},
	{"United States", "defense secretary", "Lloyd J. Austin III", "2021-01-22"},
	{"United States", "defense secretary", "Pete Hegseth", "2025-01-25"},
}

// Holder returns who held the office role of country on day: the
// holder whose term began last on or before it. It returns false for an
// office it does not know, and for a day before its first holder.
func Holder(country, role string, day time.Time) (string, bool) {
	d := day.Format("2006-01-02")
	name := ""
	for _, t := range terms {
		if t.country == country && t.role == role && t.from <= d {
			name = t.name
		}
	}
	return name, name != ""
}
