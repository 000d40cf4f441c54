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
	{"GATT", []string{"General Agreement on Tariffs and Trade", "Uruguay Round", "Uruguay round", "Tokyo Round", "Tokyo round", "Kennedy Round", "Kennedy round"}},
	{"World Trade Organization", []string{"WTO"}},
	{"OECD", []string{"Organization for Economic Cooperation and Development", "Organization for Economic Co-operation and Development"}},
	{"ASEAN", []string{"Association of Southeast Asian Nations", "Association of South-East Asian Nations", "Asean"}},
	{"APEC", []string{"Asia-Pacific Economic Cooperation"}},
	{"SAARC", []string{"South Asian Association for Regional Cooperation"}},
	{"African Union", []string{"AU"}},
	{"Organization of African Unity", []string{"OAU", "O.A.U."}},
	{"ECOWAS", []string{"Economic Community of West African States"}},
	{"Arab League", []string{"League of Arab States"}},
	{"Gulf Cooperation Council", []string{"GCC", "Cooperation Council for the Arab States of the Gulf", "Gulf Co-operation Council", "Gulf Co-Operation Council"}},
	{"Organization of the Islamic Conference", []string{"OIC", "Organization of Islamic Cooperation", "Islamic Conference"}},
	{"Organization of American States", []string{"OAS", "O.A.S."}},
	{"Mercosur", []string{"Mercosul"}},
	{"Non-Aligned Movement", []string{"Nonaligned Movement", "NAM"}},
	{"Commonwealth of Nations", []string{"Commonwealth", "British Commonwealth"}},
	{"Group of Seven", []string{"G7", "G-7", "Group of 7", "Economic Summit", "Western Economic Summit"}},
	{"Group of Eight", []string{"G8", "G-8"}},
	{"Group of 20", []string{"G20", "G-20", "Group of Twenty"}},
	{"Group of 77", []string{"G77", "G-77"}},
	{"BRICS", nil},
	{"Palestine Liberation Organization", []string{"PLO", "P.L.O."}},
	{"International Committee of the Red Cross", []string{"ICRC", "Red Cross"}},
	{"Interpol", []string{"International Criminal Police Organization"}},
	{"International Criminal Court", []string{"ICC"}},

	// Groups of finance ministers and central bankers.
	{"Group of Five", []string{"G5", "G-5", "Group of 5"}},
	{"Group of Six", []string{"G6", "G-6", "Group of 6"}},
	{"Group of Ten", []string{"G10", "G-10", "Group of 10"}},
	{"Group of 24", []string{"G24", "G-24", "Group of Twenty-Four"}},
	{"Paris Club", nil},
	{"IMF Interim Committee", []string{"Interim Committee", "IMF's Interim Committee", "Fund's Interim Committee",
		"Interim Committee of the International Monetary Fund", "Interim Committee of the IMF", "Interim Committee of the Fund"}},
	{"Development Committee", []string{"IMF/World Bank Development Committee", "World Bank Development Committee", "IMF Development Committee",
		"IMF-World Bank Development Committee", "Development Committee of the World Bank and the IMF"}},
	{"Bank for International Settlements", []string{"BIS"}},

	// Development banks and United Nations bodies that meet.
	{"Asian Development Bank", []string{"ADB"}},
	{"African Development Bank", []string{"AfDB"}},
	{"Inter-American Development Bank", []string{"IADB", "IDB", "Inter-American Development Bank (IADB)"}},
	{"European Investment Bank", []string{"EIB"}},
	{"Food and Agriculture Organization", []string{"FAO"}},
	{"UNCTAD", []string{"United Nations Conference on Trade and Development", "U.N. Conference on Trade and Development"}},
	{"Economic Commission for Africa", []string{"ECA", "UN Economic Commission for Africa", "U.N. Economic Commission for Africa"}},
	{"International Energy Agency", []string{"IEA"}},
	{"World Food Programme", []string{"WFP", "World Food Program"}},
	{"International Labour Organization", []string{"ILO", "International Labor Organization"}},

	// The intergovernmental commodity bodies: producers and consumers
	// meet in their councils.
	{"International Coffee Organization", []string{"ICO", "International Coffee Council"}},
	{"International Cocoa Organization", []string{"ICCO", "International Cocoa Council"}},
	{"International Tin Council", nil}, // "ITC" is more often the U.S. International Trade Commission
	{"International Natural Rubber Organization", []string{"INRO"}},
	{"International Sugar Organization", []string{"International Sugar Council"}},
	{"International Wheat Council", nil},
	{"Association of Tin Producing Countries", []string{"ATPC"}},
	{"Association of Natural Rubber Producing Countries", []string{"ANRPC"}},
	{"Latin American Energy Organization", []string{"OLADE"}},
	{"Organization of Arab Petroleum Exporting Countries", []string{"OAPEC"}},
	{"Andean Pact", []string{"Andean Group", "Andean Community"}},
	{"Contadora Group", []string{"Contadora"}},
	{"Cartagena Group", nil},

	// Security forums and councils.
	{"NATO-Russia Council", nil},
	{"NATO-Ukraine Commission", nil},
	{"NATO-Georgia Commission", nil},
	{"Shanghai Cooperation Organisation", []string{"SCO", "Shanghai Cooperation Organization"}},
	{"East Asia Summit", []string{"EAS"}},
	{"Quad", []string{"Quadrilateral Security Dialogue"}},
	{"Pacific Islands Forum", nil},
	{"Caricom", []string{"CARICOM", "Caribbean Community"}},
	{"Southern African Development Community", []string{"SADC"}},
	{"Intergovernmental Authority on Development", []string{"IGAD"}},
	{"Council of the European Union", []string{"EU Council", "Council of Ministers"}},

	// Regional bodies and standing formats of talks, which meet by name:
	// "the Normandy format", "the Astana process", "OPEC+".
	{"Commonwealth of Independent States", []string{"CIS"}},
	{"Collective Security Treaty Organization", []string{"CSTO"}},
	{"Eurasian Economic Union", []string{"EAEU"}},
	{"ASEAN Regional Forum", []string{"ARF"}},
	{"ASEAN Plus Three", []string{"ASEAN+3"}},
	{"Asia-Europe Meeting", []string{"ASEM"}},
	{"BIMSTEC", []string{"Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"}},
	{"CELAC", []string{"Community of Latin American and Caribbean States"}},
	{"Visegrad Group", []string{"Visegrad Four"}},
	{"Nordic Council", nil},
	{"Organization of Turkic States", []string{"Turkic Council"}},
	{"Union for the Mediterranean", nil},
	{"OSCE Minsk Group", []string{"Minsk Group"}},
	{"Conference on Interaction and Confidence-Building Measures in Asia", []string{"CICA"}},
	{"Indian Ocean Rim Association", []string{"IORA"}},
	{"Pacific Alliance", nil},
	{"Normandy format", []string{"Normandy Four", "Normandy group"}},
	{"Astana format", []string{"Astana process"}},
	{"OPEC+", []string{"OPEC Plus"}},
	{"Bucharest Nine", []string{"B9"}},
	{"Russia-India-China", []string{"RIC"}},
	{"Heart of Asia", []string{"Heart of Asia-Istanbul Process"}},
	{"Two Plus Four", []string{"Two-plus-Four"}},
	{"Weimar Triangle", nil},
	{"Asia Zero Emission Community", []string{"AZEC"}},
	{"Lancang-Mekong Cooperation", []string{"Mekong-Lancang Cooperation"}},
	{"P5+1", []string{"P5 plus 1", "P5-plus-1", "E3+3"}},
	{"Middle East Quartet", []string{"Quartet on the Middle East"}},

	// Governments' own councils, named so that they are not taken for
	// the United Nations' "Security Council" inside them.
	{"National Security Council", []string{"NSC", "U.S. National Security Council"}},
	{"European Council", nil},
}
