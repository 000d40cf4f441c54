package lexicon

import (
	"strings"
	"sync"
	"time"
)

// leaders are the heads of state and government whose country a story
// seldom prints beside their title ("President Donald Trump arrived in
// Hanoi", "Prime Minister Fumio Kishida left Tokyo"): each holder with
// the office and the day the term began, in order. Public record. Soviet
// and North Korean leaders hold "leader" (a story calls Gorbachev the
// Soviet leader as often as its general secretary); West Germany's
// chancellors are West Germany's until unification. A term with no name
// ends an office with its state.
var leaders = []term{
	{"United Kingdom", "prime minister", "Margaret Thatcher", "1979-05-04"},
	{"United Kingdom", "prime minister", "John Major", "1990-11-28"},
	{"United Kingdom", "prime minister", "Tony Blair", "1997-05-02"},
	{"United Kingdom", "prime minister", "Gordon Brown", "2007-06-27"},
	{"United Kingdom", "prime minister", "David Cameron", "2010-05-11"},
	{"United Kingdom", "prime minister", "Theresa May", "2016-07-13"},
	{"United Kingdom", "prime minister", "Boris Johnson", "2019-07-24"},
	{"United Kingdom", "prime minister", "Liz Truss", "2022-09-06"},
	{"United Kingdom", "prime minister", "Rishi Sunak", "2022-10-25"},
	{"United Kingdom", "prime minister", "Keir Starmer", "2024-07-05"},

	{"Japan", "prime minister", "Zenko Suzuki", "1980-07-17"},
	{"Japan", "prime minister", "Yasuhiro Nakasone", "1982-11-27"},
	{"Japan", "prime minister", "Noboru Takeshita", "1987-11-06"},
	{"Japan", "prime minister", "Sosuke Uno", "1989-06-03"},
	{"Japan", "prime minister", "Toshiki Kaifu", "1989-08-10"},
	{"Japan", "prime minister", "Kiichi Miyazawa", "1991-11-05"},
	{"Japan", "prime minister", "Morihiro Hosokawa", "1993-08-09"},
	{"Japan", "prime minister", "Tsutomu Hata", "1994-04-28"},
	{"Japan", "prime minister", "Tomiichi Murayama", "1994-06-30"},
	{"Japan", "prime minister", "Ryutaro Hashimoto", "1996-01-11"},
	{"Japan", "prime minister", "Keizo Obuchi", "1998-07-30"},
	{"Japan", "prime minister", "Yoshiro Mori", "2000-04-05"},
	{"Japan", "prime minister", "Junichiro Koizumi", "2001-04-26"},
	{"Japan", "prime minister", "Shinzo Abe", "2006-09-26"},
	{"Japan", "prime minister", "Yasuo Fukuda", "2007-09-26"},
	{"Japan", "prime minister", "Taro Aso", "2008-09-24"},
	{"Japan", "prime minister", "Yukio Hatoyama", "2009-09-16"},
	{"Japan", "prime minister", "Naoto Kan", "2010-06-08"},
	{"Japan", "prime minister", "Yoshihiko Noda", "2011-09-02"},
	{"Japan", "prime minister", "Shinzo Abe", "2012-12-26"},
	{"Japan", "prime minister", "Yoshihide Suga", "2020-09-16"},
	{"Japan", "prime minister", "Fumio Kishida", "2021-10-04"},
	{"Japan", "prime minister", "Shigeru Ishiba", "2024-10-01"},

	{"China", "president", "Li Xiannian", "1983-06-18"},
	{"China", "president", "Yang Shangkun", "1988-04-08"},
	{"China", "president", "Jiang Zemin", "1993-03-27"},
	{"China", "president", "Hu Jintao", "2003-03-15"},
	{"China", "president", "Xi Jinping", "2013-03-14"},
	{"China", "premier", "Zhao Ziyang", "1980-09-10"},
	{"China", "premier", "Li Peng", "1987-11-24"},
	{"China", "premier", "Zhu Rongji", "1998-03-17"},
	{"China", "premier", "Wen Jiabao", "2003-03-16"},
	{"China", "premier", "Li Keqiang", "2013-03-15"},
	{"China", "premier", "Li Qiang", "2023-03-11"},

	{"Soviet Union", "leader", "Yuri Andropov", "1982-11-12"},
	{"Soviet Union", "leader", "Konstantin Chernenko", "1984-02-13"},
	{"Soviet Union", "leader", "Mikhail Gorbachev", "1985-03-11"},
	{"Soviet Union", "general secretary", "Yuri Andropov", "1982-11-12"},
	{"Soviet Union", "general secretary", "Konstantin Chernenko", "1984-02-13"},
	{"Soviet Union", "general secretary", "Mikhail Gorbachev", "1985-03-11"},
	{"Soviet Union", "leader", "", "1991-12-25"}, // no more Soviet Union
	{"Soviet Union", "general secretary", "", "1991-12-25"},
	{"Russia", "president", "Boris Yeltsin", "1991-07-10"},
	{"Russia", "president", "Vladimir Putin", "1999-12-31"},
	{"Russia", "president", "Dmitry Medvedev", "2008-05-07"},
	{"Russia", "president", "Vladimir Putin", "2012-05-07"},

	{"France", "president", "Francois Mitterrand", "1981-05-21"},
	{"France", "president", "Jacques Chirac", "1995-05-17"},
	{"France", "president", "Nicolas Sarkozy", "2007-05-16"},
	{"France", "president", "Francois Hollande", "2012-05-15"},
	{"France", "president", "Emmanuel Macron", "2017-05-14"},

	{"West Germany", "chancellor", "Helmut Kohl", "1982-10-01"},
	{"West Germany", "chancellor", "", "1990-10-03"}, // no more West Germany
	{"Germany", "chancellor", "Helmut Kohl", "1990-10-03"},
	{"Germany", "chancellor", "Gerhard Schroeder", "1998-10-27"},
	{"Germany", "chancellor", "Angela Merkel", "2005-11-22"},
	{"Germany", "chancellor", "Olaf Scholz", "2021-12-08"},
	{"Germany", "chancellor", "Friedrich Merz", "2025-05-06"},

	{"South Korea", "president", "Chun Doo-hwan", "1980-09-01"},
	{"South Korea", "president", "Roh Tae-woo", "1988-02-25"},
	{"South Korea", "president", "Kim Young-sam", "1993-02-25"},
	{"South Korea", "president", "Kim Dae-jung", "1998-02-25"},
	{"South Korea", "president", "Roh Moo-hyun", "2003-02-25"},
	{"South Korea", "president", "Lee Myung-bak", "2008-02-25"},
	{"South Korea", "president", "Park Geun-hye", "2013-02-25"},
	{"South Korea", "president", "Moon Jae-in", "2017-05-10"},
	{"South Korea", "president", "Yoon Suk Yeol", "2022-05-10"},
	{"South Korea", "president", "Lee Jae-myung", "2025-06-04"},

	{"North Korea", "leader", "Kim Il Sung", "1948-09-09"},
	{"North Korea", "leader", "Kim Jong Il", "1994-07-08"},
	{"North Korea", "leader", "Kim Jong Un", "2011-12-17"},

	{"India", "prime minister", "Indira Gandhi", "1980-01-14"},
	{"India", "prime minister", "Rajiv Gandhi", "1984-10-31"},
	{"India", "prime minister", "V.P. Singh", "1989-12-02"},
	{"India", "prime minister", "Chandra Shekhar", "1990-11-10"},
	{"India", "prime minister", "P.V. Narasimha Rao", "1991-06-21"},
	{"India", "prime minister", "Atal Bihari Vajpayee", "1996-05-16"},
	{"India", "prime minister", "H.D. Deve Gowda", "1996-06-01"},
	{"India", "prime minister", "I.K. Gujral", "1997-04-21"},
	{"India", "prime minister", "Atal Bihari Vajpayee", "1998-03-19"},
	{"India", "prime minister", "Manmohan Singh", "2004-05-22"},
	{"India", "prime minister", "Narendra Modi", "2014-05-26"},
}

// LeaderOf returns the country whose office role the person named name
// held on day, by the offices [Holder] and this file know: the holder's
// full name, or one word of it for a name of one word with the role
// given ("President Trump", "Prime Minister Kishida", "President Xi"). A
// role left empty needs the full name, of a holder then or before. It
// returns false when no office fits, or two countries' do.
func LeaderOf(name, role string, day time.Time) (string, bool) {
	if name == "" || day.IsZero() {
		return "", false
	}
	if w := strings.Fields(name); len(w) == 0 || !holderWords()[w[0]] || !holderWords()[w[len(w)-1]] {
		return "", false // the common case: no holder's name at all
	}
	d := day.Format("2006-01-02")
	if role == "" {
		// A full name is its holder's on any day from the term's
		// start: "Putin last visited North Korea in July 2000, when
		// he met Kim Jong Il", in a story of 2024.
		// Of two states' offices, the later term's ("Helmut Kohl" is
		// Germany's after 1990, West Germany's before).
		country, from := "", ""
		for _, list := range [][]term{terms, leaders} {
			for _, t := range list {
				if t.from > d || t.from < from || !sameHolder(name, t.name, false) {
					continue
				}
				country, from = t.country, t.from
			}
		}
		return country, country != ""
	}
	type office struct{ country, role string }
	holders := map[office]string{}
	for _, list := range [][]term{terms, leaders} {
		for _, t := range list {
			if t.from <= d && (role == "" || t.role == role) {
				holders[office{t.country, t.role}] = t.name
			}
		}
	}
	country := ""
	for o, h := range holders {
		if !sameHolder(name, h, role != "") {
			continue
		}
		if country != "" && country != o.country {
			return "", false
		}
		country = o.country
	}
	return country, country != ""
}

// holderWords are the first and last words of every holder's name, to
// tell most names apart from them with one lookup.
var holderWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	for _, list := range [][]term{terms, leaders} {
		for _, t := range list {
			if f := strings.Fields(t.name); len(f) > 0 {
				words[f[0]], words[f[len(f)-1]] = true, true
			}
		}
	}
	return words
})

// sameHolder reports whether name names holder: the same full name ("Donald
// Trump" is "Donald J. Trump"), or, when short names count, one word that is
// the holder's first or last ("Trump", "Xi").
func sameHolder(name, holder string, short bool) bool {
	nf, hf := strings.Fields(name), strings.Fields(holder)
	if len(hf) == 0 || len(nf) == 0 {
		return false
	}
	if len(nf) == 1 {
		return short && (nf[0] == hf[0] || nf[0] == hf[len(hf)-1])
	}
	return nf[0] == hf[0] && nf[len(nf)-1] == hf[len(hf)-1]
}
