package lexicon

// organisation is an international organisation: its canonical name and the
// other names and abbreviations news uses. Names with "Organization" also
// match with "Organisation". Predecessors keep their own entry: the European
// Community is not the European Union, the OAU not the African Union, GATT
// not the WTO.
type organisation struct {
	name    string
	aliases []string
}

var organisations = []organisation{
	{"United Nations", []string{"UN", "U.N.", "United Nations Organization", "UNO"}},
	{"United Nations Security Council", []string{"Security Council", "UN Security Council", "U.N. Security Council", "UNSC"}},
	{"United Nations General Assembly", []string{"General Assembly", "UN General Assembly", "U.N. General Assembly", "UNGA"}},
	{"UNESCO", []string{"United Nations Educational, Scientific and Cultural Organization"}},
	{"UNICEF", []string{"United Nations Children's Fund", "United Nations Children’s Fund"}},
	{"UNHCR", []string{"United Nations High Commissioner for Refugees", "UN refugee agency"}},
	{"UNRWA", []string{"United Nations Relief and Works Agency"}},
	{"World Health Organization", []string{"WHO"}},
	{"International Atomic Energy Agency", []string{"IAEA"}},
	{"International Court of Justice", []string{"ICJ", "World Court"}},
	{"NATO", []string{"Nato", "North Atlantic Treaty Organization", "Atlantic Alliance", "North Atlantic Alliance"}},
	{"Warsaw Pact", []string{"Warsaw Treaty Organization"}},
	{"Comecon", []string{"COMECON", "CMEA", "Council for Mutual Economic Assistance"}},
	{"European Union", []string{"EU", "E.U."}},
	{"European Community", []string{"EC", "E.C.", "European Communities", "European Economic Community", "EEC", "E.E.C.", "Common Market"}},
	{"European Commission", nil},
	// The finance ministers of the euro area, as news names them.
	{"Eurogroup", []string{"Euro zone", "Eurozone", "Euro Zone", "Euro area", "Euro Group"}},
	{"European Parliament", nil},
	{"Council of Europe", nil},
	{"Conference on Security and Cooperation in Europe", []string{"CSCE", "Conference on Security and Co-operation in Europe", "Helsinki Conference"}},
	{"Organization for Security and Co-operation in Europe", []string{"OSCE", "Organization for Security and Cooperation in Europe"}},
	{"OPEC", []string{"Organization of the Petroleum Exporting Countries", "Organization of Petroleum Exporting Countries"}},
	{"International Monetary Fund", []string{"IMF", "I.M.F."}},
	{"World Bank", []string{"International Bank for Reconstruction and Development", "IBRD"}},
	{"GATT", []string{"General Agreement on Tariffs and Trade"}},
	{"World Trade Organization", []string{"WTO"}},
	{"OECD", []string{"Organization for Economic Cooperation and Development", "Organization for Economic Co-operation and Development"}},
	{"ASEAN", []string{"Association of Southeast Asian Nations", "Association of South-East Asian Nations", "Asean"}},
	{"APEC", []string{"Asia-Pacific Economic Cooperation"}},
	{"SAARC", []string{"South Asian Association for Regional Cooperation"}},
	{"African Union", []string{"AU"}},
	{"Organization of African Unity", []string{"OAU", "O.A.U."}},
	{"ECOWAS", []string{"Economic Community of West African States"}},
	{"Arab League", []string{"League of Arab States"}},
	{"Gulf Cooperation Council", []string{"GCC", "Cooperation Council for the Arab States of the Gulf"}},
	{"Organization of the Islamic Conference", []string{"OIC", "Organization of Islamic Cooperation", "Islamic Conference"}},
	{"Organization of American States", []string{"OAS", "O.A.S."}},
	{"Mercosur", []string{"Mercosul"}},
	{"Non-Aligned Movement", []string{"Nonaligned Movement", "NAM"}},
	{"Commonwealth of Nations", []string{"Commonwealth", "British Commonwealth"}},
	{"Group of Seven", []string{"G7", "G-7", "Group of 7"}},
	{"Group of Eight", []string{"G8", "G-8"}},
	{"Group of 20", []string{"G20", "G-20", "Group of Twenty"}},
	{"Group of 77", []string{"G77", "G-77"}},
	{"BRICS", nil},
	{"Palestine Liberation Organization", []string{"PLO", "P.L.O."}},
	{"International Committee of the Red Cross", []string{"ICRC", "Red Cross"}},
	{"Interpol", []string{"International Criminal Police Organization"}},
	{"International Criminal Court", []string{"ICC"}},
}
