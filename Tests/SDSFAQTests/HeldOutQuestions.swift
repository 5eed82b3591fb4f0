/// Questions held out from tuning (issue 11, item 8): written before the matcher or any keyword was
/// changed, run once for the "before" figures, and never looked at while tuning. They are asked the way
/// people ask at a kiosk or at home: misspelt, in two or three words, by carers for someone else, as a
/// long worry, and in Welsh. Only the tuning sets in MatchingTests.swift and WelshMatchingTests.swift
/// were used to choose keywords, synonyms and settings.
enum HeldOutQuestions {
  /// English questions, at least three for every entry, and the entry each should get.
  static let english: [(String, String)] = [
    // what-is-sds
    ("self directed suport what is it", "what-is-sds"),
    ("whats self directed mean", "what-is-sds"),
    ("the letter says SDS, what does that mean for my mum", "what-is-sds"),
    ("what's all this sds business", "what-is-sds"),
    // seven-steps
    ("steps", "seven-steps"),
    ("what step am i on", "seven-steps"),
    ("what order does it all happen in", "seven-steps"),
    // outcomes
    ("outcomes??", "outcomes"),
    ("what kind of outcome should i put for my son", "outcomes"),
    ("whats an outcome mean", "outcomes"),
    ("not sure what to put as my goals", "outcomes"),
    // strengths
    ("why do you want to know my strenghts", "strengths"),
    ("whats my strengths got to do with it", "strengths"),
    ("why ask what mum can still do for herself", "strengths"),
    // assessment
    ("what happens at the asessment", "assessment"),
    ("do i need to prepare for my assessment", "assessment"),
    ("whats a needs assesment", "assessment"),
    ("someone is coming to assess my husband next week, what will they do", "assessment"),
    // eligibility
    ("am i elegible", "eligibility"),
    ("can anyone get support or do you have to qualify", "eligibility"),
    ("my mum is 92 and falling a lot, would she qualify for help", "eligibility"),
    ("what are the rules for who gets help", "eligibility"),
    // ask-for-support
    ("how do i ask for help for my dad", "ask-for-support"),
    ("how to apply for care", "ask-for-support"),
    ("can i refer myself", "ask-for-support"),
    ("my neighbour needs help, how do i get social services involved", "ask-for-support"),
    // key-worker
    ("whos my social worker", "key-worker"),
    ("what is a key worker", "key-worker"),
    ("will the council call me", "key-worker"),
    ("who do i speak to at the council about my plan", "key-worker"),
    // personal-budget
    ("how much will they give me", "personal-budget"),
    ("how do they work out my budget", "personal-budget"),
    ("what is a personal budjet", "personal-budget"),
    ("how much money does my dad get for his care", "personal-budget"),
    // option-1
    ("direct payments", "option-1"),
    ("can i have the money paid to me", "option-1"),
    ("how does a direct payment work", "option-1"),
    ("can mum get the money herself and choose her own carers", "option-1"),
    // option-2
    ("option 2", "option-2"),
    ("what is an individual service fund", "option-2"),
    ("can an agency hold the money but i still choose", "option-2"),
    // option-3
    ("option 3", "option-3"),
    ("can the council arrange my care", "option-3"),
    ("i want the council to do everything", "option-3"),
    // option-4
    ("can i mix the options", "option-4"),
    ("whats option four", "option-4"),
    ("can i have part direct payment and part council arranged", "option-4"),
    // change-option
    ("can i change my option", "change-option"),
    ("direct payment isnt working for us can we change to something else", "change-option"),
    ("can i switch options later on", "change-option"),
    // paying-towards
    ("do i have to pay for care", "paying-towards"),
    ("will my dad have to pay towards his care", "paying-towards"),
    ("is it means tested", "paying-towards"),
    ("will they take my house", "paying-towards"),
    ("how much do i have to contribute", "paying-towards"),
    // benefits
    ("will i lose my benefits", "benefits"),
    ("does it affect attendance allowance", "benefits"),
    ("will my pip stop", "benefits"),
    ("my son gets universal credit, will a direct payment change that", "benefits"),
    // spend-on
    ("what can i use the money for", "spend-on"),
    ("can i pay for a cleaner with it", "spend-on"),
    ("can my budget pay for day trips", "spend-on"),
    ("can the money pay for a gym", "spend-on"),
    // cannot-spend
    ("what am i not allowed to spend it on", "cannot-spend"),
    ("can i use it to pay my bills", "cannot-spend"),
    ("can i buy food with it", "cannot-spend"),
    ("can dad use it to pay off his debts", "cannot-spend"),
    // top-up
    ("can i pay extra", "top-up"),
    ("the care home we want costs more, can we pay the difference", "top-up"),
    ("can i add my own money", "top-up"),
    // checking-spending
    ("do i have to keep recipts", "checking-spending"),
    ("will they check what i spend", "checking-spending"),
    ("what if i have money left over", "checking-spending"),
    ("do i need to keep bank statements", "checking-spending"),
    // managing-money-help
    ("i cant manage the money", "managing-money-help"),
    ("can someone manage the direct payment for my mum", "managing-money-help"),
    ("help with paperwork", "managing-money-help"),
    ("is there someone who can do the payroll", "managing-money-help"),
    // personal-assistant
    ("what is a personal asistant", "personal-assistant"),
    ("if i employ someone do i have to do their tax", "personal-assistant"),
    ("do i need employers insurance", "personal-assistant"),
    ("how do i hire a pa", "personal-assistant"),
    // pay-family
    ("can i pay my son", "pay-family"),
    ("can my wife be paid to look after me", "pay-family"),
    ("can i be paid for caring for my mum", "pay-family"),
    ("can family be paid carers", "pay-family"),
    // family-expected
    ("will my kids have to look after me", "family-expected"),
    ("do they expect family to do the caring", "family-expected"),
    ("i dont want to be a burden on my daughter", "family-expected"),
    // carers-support
    ("help for carers", "carers-support"),
    ("i look after my mum and im struggling", "carers-support"),
    ("can i get a carers assesment", "carers-support"),
    ("is there any support for me, i care for my husband", "carers-support"),
    // short-breaks
    ("respite", "short-breaks"),
    ("can i have a break", "short-breaks"),
    ("can my dad go into respite for a week", "short-breaks"),
    ("can the budget pay for a holiday", "short-breaks"),
    // equipment
    ("can i get a walk in shower", "equipment"),
    ("equipment", "equipment"),
    ("mum needs a stair lift", "equipment"),
    ("how do i get adaptations to my house", "equipment"),
    // help-to-decide
    ("my mum has dementia and cant decide for herself", "help-to-decide"),
    ("what is power of attorney", "help-to-decide"),
    ("what if he doesnt have capacity", "help-to-decide"),
    ("who decides when my dad cant", "help-to-decide"),
    // advocacy
    ("advocate", "advocacy"),
    ("can i have someone to speak up for me", "advocacy"),
    ("i get nervous in meetings, can someone come and help me say things", "advocacy"),
    // support-plan
    ("whats a support plan", "support-plan"),
    ("what goes in the care plan", "support-plan"),
    ("what does a plan look like", "support-plan"),
    // write-own-plan
    ("can i write my plan myself", "write-own-plan"),
    ("can i do my own plan", "write-own-plan"),
    ("can the plan have pictures in it", "write-own-plan"),
    // plan-agreed
    ("who approves my plan", "plan-agreed"),
    ("how long does it take for the plan to be agreed", "plan-agreed"),
    ("when will i know if the plan is ok", "plan-agreed"),
    // review
    ("when do they review it", "review"),
    ("my dads got worse can he be reassessed", "review"),
    ("how often do they check my plan", "review"),
    // disagree
    ("i want to complain", "disagree"),
    ("i dont agree with the decision", "disagree"),
    ("how do i appeal the budget", "disagree"),
    ("what if the council says no", "disagree"),
    // emergency
    ("what if my pa is ill", "emergency"),
    ("carer didnt turn up today", "emergency"),
    ("what happens if my care breaks down", "emergency"),
    // safeguarding
    ("i dont feel safe", "safeguarding"),
    ("my carer is taking money from me", "safeguarding"),
    ("someone is hurting my dad", "safeguarding"),
    // my-data
    ("who sees my answers", "my-data"),
    ("is my data kept", "my-data"),
    ("is this confidential", "my-data"),
    // what-next
    ("what happens after this", "what-next"),
    ("whats next", "what-next"),
    ("what happens when i send it", "what-next"),
    // save-later
    ("can i finish later", "save-later"),
    ("can i save and come back", "save-later"),
    ("i have to go, will it save", "save-later"),
    // contact
    ("phone number for the council", "contact"),
    ("can i speak to someone", "contact"),
    ("how do i contact you", "contact"),
  ]

  /// English requests that have nothing to do with care and support: they should get no answer.
  static let englishUnrelated: [String] = [
    "where are the large print books", "can i renew my book online", "how much is it to print a page",
    "is there free wifi", "where can i park", "what time does the bus go", "how do i get to the train station",
    "can i pay my council tax here", "when do the bins get collected", "where do i recycle glass",
    "how do i apply for a passport", "how do i renew my driving licence", "what is the weather like",
    "tell me something funny", "who won the match", "what day is it", "what time is it now",
    "can i get a coffee here", "where are the toilets", "how do i log on to the computer",
    "can you help me write a cv", "where is the job centre", "how do i register to vote",
    "how do i report a broken street light", "where is the post office", "can i get a bus pass",
    "can i get a blue badge", "what films are on", "how do i make a doctors appointment",
    "can i order a repeat prescription", "where is the nearest cash machine", "how do i top up my electric meter",
    "what is the capital of spain", "how many people live in cardiff", "what is 12 times 12",
    "can you recommend a book", "how do i join a knitting group", "do you have any newspapers",
    "can i scan a document", "where is the nearest chemist", "can you book me a taxi", "what time do you shut",
  ]

  /// Welsh questions and the entry each should get (asked under the wales pack in Welsh).
  static let welsh: [(String, String)] = [
    ("esbonia gymorth hunangyfeiriedig i mi", "what-is-sds"),
    ("sawl cam sydd na", "seven-steps"),
    ("be di canlyniad", "outcomes"),
    ("pam gofyn am fy nghryfderau", "strengths"),
    ("beth sy'n digwydd yn yr asesiad", "assessment"),
    ("ydy mam yn gymwys am help", "eligibility"),
    ("sut dw i'n gofyn am help i dad", "ask-for-support"),
    ("pwy ydy fy ngweithiwr cymdeithasol", "key-worker"),
    ("faint o arian ga i", "personal-budget"),
    ("taliadau uniongyrchol", "option-1"),
    ("opsiwn 2", "option-2"),
    ("all y cyngor drefnu popeth", "option-3"),
    ("alla i gymysgu'r opsiynau", "option-4"),
    ("alla i newid opsiwn", "change-option"),
    ("oes rhaid i mi dalu am ofal", "paying-towards"),
    ("ydy hyn yn newid fy mudd-daliadau", "benefits"),
    ("ar beth alla i wario fy nghyllideb", "spend-on"),
    ("alla i brynu bwyd efo'r arian", "cannot-spend"),
    ("alla i dalu mwy fy hun", "top-up"),
    ("oes rhaid cadw derbynebau", "checking-spending"),
    ("dw i angen help efo'r arian", "managing-money-help"),
    ("sut mae cyflogi cynorthwyydd personol", "personal-assistant"),
    ("alla i dalu fy mab i ofalu amdana i", "pay-family"),
    ("fydd rhaid i fy nheulu ofalu amdana i", "family-expected"),
    ("help i ofalwyr", "carers-support"),
    ("seibiant", "short-breaks"),
    ("alla i gael lifft grisia", "equipment"),
    ("mae gan mam dementia a dydy hi ddim yn gallu penderfynu", "help-to-decide"),
    ("eiriolwr", "advocacy"),
    ("beth sydd yn y cynllun cymorth", "support-plan"),
    ("alla i ysgrifennu fy nghynllun fy hun", "write-own-plan"),
    ("pwy sy'n cytuno'r cynllun", "plan-agreed"),
    ("pryd fydd adolygiad", "review"),
    ("dw i isio cwyno", "disagree"),
    ("beth os ydy'r gofalwr yn sal", "emergency"),
    ("pwy sy'n gweld fy atebion", "my-data"),
    ("beth sy'n digwydd nesa", "what-next"),
    ("alla i orffen wedyn", "save-later"),
    ("rhif ffon y cyngor", "contact"),
  ]

  /// Welsh requests that have nothing to do with care and support.
  static let welshUnrelated: [String] = [
    "ble mae'r llyfrau print bras", "faint yw argraffu tudalen", "oes wifi am ddim", "ble alla i barcio",
    "pryd mae'r bws yn mynd", "sut mae adnewyddu trwydded yrru", "sut mae'r tywydd", "pwy enillodd y gem",
    "ble mae'r swyddfa bost", "alla i gael coffi yma",
  ]
}
