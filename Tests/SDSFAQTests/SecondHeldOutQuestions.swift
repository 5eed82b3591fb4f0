/// A second held-out set for issue 11 (item 8), written after the tuning was done and without reading
/// which questions of the first held-out set failed. Nothing was changed after it was first run: its
/// figures are reported as they came, and its bars are set at them. (Two Welsh questions were found to be
/// word for word titles on the first run, which the sets do not allow; they were reworded before the
/// figures were taken.)
enum SecondHeldOutQuestions {
  /// English questions, two for every entry, and the entry each should get.
  static let english: [(String, String)] = [
    // what-is-sds
    ("can someone explain self directed support to me simply", "what-is-sds"),
    ("the social worker said SDS. what's that when its at home", "what-is-sds"),
    // seven-steps
    ("how many stages are there altogether", "seven-steps"),
    ("whats the first step and whats the last", "seven-steps"),
    // outcomes
    ("i dont get the outcomes bit", "outcomes"),
    ("give me an example of an outcome", "outcomes"),
    // strengths
    ("why do you care what my dad is good at", "strengths"),
    ("what have my strenghs got to do with getting help", "strengths"),
    // assessment
    ("what goes on at a needs asessment", "assessment"),
    ("will the assessor come to the house", "assessment"),
    // eligibility
    ("how do i know if im eligable for care", "eligibility"),
    ("does my mum meet the criteria for support", "eligibility"),
    // ask-for-support
    ("how do i get the council to help my aunt", "ask-for-support"),
    ("who do i ask to get an assessment started", "ask-for-support"),
    // key-worker
    ("who is going to be my social worker", "key-worker"),
    ("when will somebody from the council ring me", "key-worker"),
    // personal-budget
    ("how is my budget worked out", "personal-budget"),
    ("what does personal budget mean", "personal-budget"),
    // option-1
    ("how do dps work", "option-1"),
    ("could the money go straight into my bank account", "option-1"),
    // option-2
    ("i want a care firm to look after the money but i still pick", "option-2"),
    ("what is an isf", "option-2"),
    // option-3
    ("i would rather the council sorted everything", "option-3"),
    ("whats option 3", "option-3"),
    // option-4
    ("can i mix two of the options", "option-4"),
    ("could i have some of one option and some of another", "option-4"),
    // change-option
    ("can i swap to another option if this one doesnt suit", "change-option"),
    ("am i stuck with the option i pick", "change-option"),
    // paying-towards
    ("do i have to contribute to the cost", "paying-towards"),
    ("will they take my pension to pay for care", "paying-towards"),
    // benefits
    ("will i lose my attendance allowance", "benefits"),
    ("does this change my pip", "benefits"),
    // spend-on
    ("could i use my budget for a gym membership", "spend-on"),
    ("what am i allowed to buy with the money", "spend-on"),
    // cannot-spend
    ("can the budget pay my gas bill", "cannot-spend"),
    ("what cant the money be used for", "cannot-spend"),
    // top-up
    ("the care home i like costs more, can i pay the extra", "top-up"),
    ("can my family top up the money", "top-up"),
    // checking-spending
    ("do i need to keep all my receipts", "checking-spending"),
    ("what happens if i dont use all the money", "checking-spending"),
    // managing-money-help
    ("im no good with money, can someone handle it", "managing-money-help"),
    ("is there help with paying a carers wages", "managing-money-help"),
    // personal-assistant
    ("what does a pa do", "personal-assistant"),
    ("if i hire a carer myself do i pay their tax", "personal-assistant"),
    // pay-family
    ("can my son be my paid carer", "pay-family"),
    ("can i pay my sister to look after me", "pay-family"),
    // family-expected
    ("does my daughter have to look after me", "family-expected"),
    ("will they make my wife care for me", "family-expected"),
    // carers-support
    ("i look after my husband full time, is there help for me", "carers-support"),
    ("can i have a carers assessment", "carers-support"),
    // short-breaks
    ("can i get respite", "short-breaks"),
    ("i need a break from looking after mum", "short-breaks"),
    // equipment
    ("can i get a stair lift", "equipment"),
    ("i need rails putting in the bathroom", "equipment"),
    // help-to-decide
    ("my dad has dementia and cant decide things, who decides", "help-to-decide"),
    ("i have power of attorney for mum, what does that mean here", "help-to-decide"),
    // advocacy
    ("can i get an advocate", "advocacy"),
    ("i find it hard to speak up in meetings", "advocacy"),
    // support-plan
    ("what goes into a support plan", "support-plan"),
    ("what is a care plan", "support-plan"),
    // write-own-plan
    ("can i write the plan myself", "write-own-plan"),
    ("can my family write my plan with me", "write-own-plan"),
    // plan-agreed
    ("who signs off the plan", "plan-agreed"),
    ("how long does it take to get the plan agreed", "plan-agreed"),
    // review
    ("how often is the plan looked at again", "review"),
    ("my needs have changed, can the plan be reviewed", "review"),
    // disagree
    ("how do i make a complaint", "disagree"),
    ("i dont agree with what the council decided", "disagree"),
    // emergency
    ("what if my pa is off sick", "emergency"),
    ("what happens if the carers dont turn up", "emergency"),
    // safeguarding
    ("someone at home is hurting me", "safeguarding"),
    ("i am scared of my son", "safeguarding"),
    // my-data
    ("is what i type here private", "my-data"),
    ("who will see my answers", "my-data"),
    // what-next
    ("what happens once ive finished this", "what-next"),
    ("what comes next after i send it", "what-next"),
    // save-later
    ("can i stop and carry on tomorrow", "save-later"),
    ("how do i save this and come back", "save-later"),
    // contact
    ("whats the phone number for the council", "contact"),
    ("how do i talk to a real person", "contact"),
  ]

  /// English requests about something else: none should get an answer or a choice.
  static let englishUnrelated: [String] = [
    "where can i print something", "how do i join the library", "when does the bus to the hospital leave",
    "can you tell me a joke", "what is the weather like today", "how do i get a new bus pass",
    "where are the toilets", "can i book a room here", "how do i pay my rent", "what films are on tonight",
    "where can i get a coffee", "how do i change my address for council tax", "is there free wifi",
    "how do i renew my passport", "can you find me a plumber", "what time does the shop shut",
    "how do i reset my email password", "where is the nearest cash machine", "who won the football",
    "can i return a book here",
  ]

  /// Welsh questions, under the wales pack, and the entry each should get.
  static let welsh: [(String, String)] = [
    ("esbonia cymorth hunangyfeiriedig i fi plis", "what-is-sds"),
    ("beth ydy'r camau", "seven-steps"),
    ("beth ydy canlyniadau personol", "outcomes"),
    ("pam dych chi eisiau gwybod am fy nghryfderau", "strengths"),
    ("beth sy'n digwydd yn yr asesiad", "assessment"),
    ("ydw i'n gymwys am help", "eligibility"),
    ("sut mae gofyn am help i fy nhad", "ask-for-support"),
    ("pwy yw fy ngweithiwr cymdeithasol", "key-worker"),
    ("faint o arian fydda i'n ei gael", "personal-budget"),
    ("sut mae taliadau uniongyrchol yn gweithio", "option-1"),
    ("beth yw opsiwn 3", "option-3"),
    ("ga i newid fy opsiwn wedyn", "change-option"),
    ("fydd rhaid i fi dalu am fy ngofal", "paying-towards"),
    ("ydy hyn yn mynd i newid fy mudd-daliadau", "benefits"),
    ("ar beth ga i wario'r gyllideb", "spend-on"),
    ("oes rhaid cadw derbynebau", "checking-spending"),
    ("beth yw cynorthwyydd personol", "personal-assistant"),
    ("ga i dalu fy mab i ofalu amdana i", "pay-family"),
    ("dw i'n ofalwr, oes cymorth i fi", "carers-support"),
    ("ga i seibiant byr", "short-breaks"),
    ("ga i offer yn y ty", "equipment"),
    ("mae gan mam dementia, pwy sy'n penderfynu", "help-to-decide"),
    ("ga i eiriolwr", "advocacy"),
    ("pwy sy'n cytuno'r cynllun", "plan-agreed"),
    ("dw i eisiau cwyno", "disagree"),
    ("beth os ydy fy ngofalwr yn sal", "emergency"),
    ("mae rhywun yn fy mrifo", "safeguarding"),
    ("pwy sy'n gweld fy atebion", "my-data"),
    ("ga i orffen wedyn", "save-later"),
    ("beth yw rhif ffon y cyngor", "contact"),
  ]

  /// Welsh requests about something else.
  static let welshUnrelated: [String] = [
    "ble mae'r toiledau", "faint o'r gloch mae'r llyfrgell yn cau", "ga i fenthyg llyfr",
    "beth yw'r tywydd yfory", "ble mae'r orsaf fysiau", "oes wifi yma",
  ]
}
