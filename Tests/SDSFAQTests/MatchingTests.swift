import SDSFAQ
import Testing

/// How well the matcher finds the right entry for questions written the way people really ask them:
/// spelling mistakes, texting, carers asking for someone else, one word, long stories. The wording is
/// kept away from the titles and answers, so this measures the matcher and not copying.
@Suite struct MatchingTests {
  /// Each question and the entry that answers it.
  static let questions: [(String, String)] = [
    // what-is-sds
    ("whats sds", "what-is-sds"),
    ("what does self directed suport actually mean", "what-is-sds"),
    ("my mum's social worker keeps going on about self-directed support. what is it in plain english?", "what-is-sds"),
    ("SDS??", "what-is-sds"),
    // seven-steps
    ("what are the seven stages", "seven-steps"),
    ("7 steps?", "seven-steps"),
    ("can u run me thru the steps from start to finish", "seven-steps"),
    ("which step comes first", "seven-steps"),
    // outcomes
    ("what r outcomes", "outcomes"),
    ("what do you mean by my outcomes", "outcomes"),
    ("what counts as an outcome for my dad", "outcomes"),
    ("goals - what am i meant to put", "outcomes"),
    // strengths
    ("why do u need to know what im good at", "strengths"),
    ("whats the point of asking about strengths", "strengths"),
    ("do i have to list the things my husband can still do for himself", "strengths"),
    // assessment
    ("what will happen when the assessor comes round", "assessment"),
    ("what sort of questions do they ask at the assesment", "assessment"),
    ("what happens at the good conversation", "assessment"),
    ("will someone come and visit to assess my mum", "assessment"),
    // eligibility
    ("do i qualify", "eligibility"),
    ("am i eligable for help", "eligibility"),
    ("who is entitled to social care", "eligibility"),
    ("my nan is 90 and cant cook for herself any more, would she be eligible for anything?", "eligibility"),
    // ask-for-support
    ("how do i apply", "ask-for-support"),
    ("how do I refer my dad to social services", "ask-for-support"),
    ("where do i start if i need help at home", "ask-for-support"),
    ("can my gp ask for an assessment on my behalf", "ask-for-support"),
    // key-worker
    ("who is my key worker", "key-worker"),
    ("will someone ring me", "key-worker"),
    ("who gets in touch with me after this", "key-worker"),
    ("whats a care manager", "key-worker"),
    // personal-budget
    ("how much money will i get", "personal-budget"),
    ("how do they decide the amount", "personal-budget"),
    ("whats an indicative budget", "personal-budget"),
    ("is the figure they gave me fixed or could it change", "personal-budget"),
    // option-1
    ("what is a dp", "option-1"),
    ("can i just have the cash and sort it out myself", "option-1"),
    ("how do direct paymnets work", "option-1"),
    ("option 1?", "option-1"),
    // option-2
    ("whats an ISF", "option-2"),
    ("what is the second option", "option-2"),
    ("can a care company hold the money for me", "option-2"),
    ("i want to pick my carers but not deal with the money side", "option-2"),
    // option-3
    ("can the council just sort it all out for me", "option-3"),
    ("what is option three", "option-3"),
    ("i dont want to manage anything, can they arrange it all", "option-3"),
    // option-4
    ("can i have a bit of both", "option-4"),
    ("can you mix direct payments with care the council arranges", "option-4"),
    ("option 4", "option-4"),
    // change-option
    ("what if i change my mind about the option", "change-option"),
    ("can i switch to a different option next year", "change-option"),
    ("we picked direct payments but its too much hassle, can we swap", "change-option"),
    // paying-towards
    ("will i have to pay", "paying-towards"),
    ("how much will it cost me", "paying-towards"),
    ("do they look at my savings", "paying-towards"),
    ("is care free", "paying-towards"),
    ("my dad owns his house, does that mean he has to pay for everything himself?", "paying-towards"),
    // benefits
    ("will it affect my pip", "benefits"),
    ("does this stop my universal credit", "benefits"),
    ("will my benifits be cut", "benefits"),
    // spend-on
    ("what can the money be used for", "spend-on"),
    ("can i use it for a taxi to the day centre", "spend-on"),
    ("can i spend it on swimming lessons", "spend-on"),
    ("could the budget pay for a cleaner and a gardener", "spend-on"),
    // cannot-spend
    ("what cant i use it for", "cannot-spend"),
    ("can i spend it on my rent", "cannot-spend"),
    ("am i allowed to use it for food shopping and gas bills", "cannot-spend"),
    ("is there anything banned", "cannot-spend"),
    // top-up
    ("if the agency i want costs more can i pay the difference", "top-up"),
    ("can i top up", "top-up"),
    ("can we put in some of our own money to get something better", "top-up"),
    // checking-spending
    ("do i need to keep receipts", "checking-spending"),
    ("who checks what i spend", "checking-spending"),
    ("what happens if theres money left over at the end of the year", "checking-spending"),
    ("will they want the money back if i dont use it all", "checking-spending"),
    // managing-money-help
    ("im rubbish with money, can someone else deal with it", "managing-money-help"),
    ("is there a payroll service", "managing-money-help"),
    ("my brother could look after the money for mum, is that ok", "managing-money-help"),
    ("i need help with all the paperwork", "managing-money-help"),
    // personal-assistant
    ("what is a PA", "personal-assistant"),
    ("do i have to pay tax if i take someone on", "personal-assistant"),
    ("what does being an employer involve", "personal-assistant"),
    ("do i need insurance to hire someone", "personal-assistant"),
    // pay-family
    ("can i pay my daughter to look after me", "pay-family"),
    ("can my son be my paid carer", "pay-family"),
    ("can mum pay me for caring for her", "pay-family"),
    ("my wife does everything for me, can she get paid for it", "pay-family"),
    // family-expected
    ("will they expect my kids to do all the caring", "family-expected"),
    ("do my family have to look after me", "family-expected"),
    ("i dont want my daughter to feel she has to care for me", "family-expected"),
    // carers-support
    ("im a carer and im exhausted, is there any help for me", "carers-support"),
    ("carers assessment", "carers-support"),
    ("what support is there for unpaid carers", "carers-support"),
    ("i look after my husband full time, can i get anything for myself", "carers-support"),
    // short-breaks
    ("can i get respite", "short-breaks"),
    ("i really need a break from caring", "short-breaks"),
    ("can the money pay for a holiday", "short-breaks"),
    ("respit care for my mum so i can have a week off", "short-breaks"),
    // equipment
    ("can i get a stairlift", "equipment"),
    ("grab rails in the bathroom", "equipment"),
    ("who pays for a wheelchiar", "equipment"),
    ("can they adapt my house so i can get around", "equipment"),
    // help-to-decide
    ("my dad has dementia and cant make decisions any more, what happens then", "help-to-decide"),
    ("i have power of attorney for my mum", "help-to-decide"),
    ("what if she lacks capacity", "help-to-decide"),
    ("who decides for someone who cant decide for themselves", "help-to-decide"),
    // advocacy
    ("can i get an advocate", "advocacy"),
    ("i find it really hard to speak up in meetings", "advocacy"),
    ("is there someone who can speak for me", "advocacy"),
    // support-plan
    ("what is a support plan", "support-plan"),
    ("whats in a care plan", "support-plan"),
    ("what goes into the plan", "support-plan"),
    // write-own-plan
    ("can i do the plan myself", "write-own-plan"),
    ("can my daughter write my plan with me", "write-own-plan"),
    ("does the plan have to be written down or can i use photos", "write-own-plan"),
    // plan-agreed
    ("who signs off the plan", "plan-agreed"),
    ("how long until i hear back about my plan", "plan-agreed"),
    ("when will my plan be approved", "plan-agreed"),
    // review
    ("how often is it reviewed", "review"),
    ("what if my needs change", "review"),
    ("will they check how its going", "review"),
    ("my mum has got a lot worse since the plan started", "review"),
    // disagree
    ("how do i complain", "disagree"),
    ("i dont agree with the budget they gave me", "disagree"),
    ("can i appeal", "disagree"),
    ("who is the ombudsman", "disagree"),
    // emergency
    ("what if my pa is off sick", "emergency"),
    ("what happens if the carer doesnt turn up", "emergency"),
    ("what is the back up plan if my care falls through", "emergency"),
    // safeguarding
    ("someone is taking my money", "safeguarding"),
    ("i dont feel safe at home", "safeguarding"),
    ("i think my dad is being abused by his carer", "safeguarding"),
    ("my son shouts at me and im scared", "safeguarding"),
    // my-data
    ("who can see my answers", "my-data"),
    ("is this private", "my-data"),
    ("do you keep my details", "my-data"),
    ("what do you do with my data", "my-data"),
    // what-next
    ("what happens now", "what-next"),
    ("what happens once ive finished this", "what-next"),
    ("after I send this what happens", "what-next"),
    // save-later
    ("can i save this and come back tomorrow", "save-later"),
    ("i need to go, can i finish another time", "save-later"),
    ("how do i carry on later", "save-later"),
    // contact
    ("whats the phone number", "contact"),
    ("can i talk to a real person", "contact"),
    ("how do i get hold of the council", "contact"),
    // Long ones, the way carers write when they have a lot on their mind.
    ("hi there, I am writing for my father who is 84 and lives alone, he is getting very forgetful and I am worried "
      + "about whether he can still decide things for himself, what happens if he cant", "help-to-decide"),
    ("my husband had a stroke last year and I do everything for him now, washing, meals, the lot, and honestly I am "
      + "worn out and have not had a day off in months, is there anything that could give me a rest", "short-breaks"),
    ("I have been told I can have a direct payment but I have never employed anyone before and I am worried "
      + "about getting the tax and national insurance wrong, who can help me with all that", "personal-assistant"),
    ("we were sent a letter saying mum would have to pay towards her care, we dont understand how they came "
      + "to that figure, she only has her pension and a small amount of savings", "paying-towards"),
    ("my daughter has a learning disability and I want to make sure she gets the support she needs, but I do "
      + "not know how to start asking for it, who do I contact", "ask-for-support"),
  ]

  /// Requests that have nothing to do with care and support: none may get an answer or a choice.
  static let unrelated: [String] = [
    "what time does the library close",
    "how do i renew my library books",
    "can i book a gp appointment here",
    "whats the wifi password",
    "when is the next bus to town",
    "what's the weather going to be like tomorrow",
    "how do i pay my council tax",
    "when is my bin collection",
    "how do i get a parking permit",
    "where can i renew my passport",
    "can i use the printer",
    "tell me a joke",
    "who won the football last night",
    "where is the toilet",
    "how do i apply for a driving licence",
    "what is the capital of france",
    "can you recommend a good recipe for soup",
    "where is the job centre",
    "how do I register to vote",
    "is the cafe open",
  ]

  /// What happened to one question.
  struct Result {
    var question: String
    var expected: String
    var match: FAQMatch
    var correct: Bool { match.matchedID == expected }
    var offered: Bool { match.alternatives.contains(expected) }
    var wrong: Bool { match.matchedID != nil && match.matchedID != expected }
  }

  @Test func theTableIsBigEnoughAndCoversEveryEntry() {
    let library = ShippedFAQ.neutral
    #expect(Self.questions.count >= 150)
    #expect(Self.unrelated.count >= 20)
    for entry in library.entries {
      let count = Self.questions.filter { $0.1 == entry.id }.count
      #expect(count >= 3, "only \(count) questions for \(entry.id)")
    }
    for (_, id) in Self.questions { #expect(library.entry(id) != nil, "no entry \(id)") }
  }

  /// The measure: most questions get the right answer straight away; nearly all get it at least as one of
  /// the choices; a wrong answer shown as if it were right is rare.
  @Test func questionsInPeoplesOwnWordsFindTheirAnswer() {
    let library = ShippedFAQ.neutral
    let results = Self.questions.map { Result(question: $0.0, expected: $0.1, match: library.match($0.0)) }
    let total = Double(results.count)
    let correct = results.filter(\.correct).count
    let offered = results.filter(\.offered).count
    let wrong = results.filter(\.wrong)
    let missed = results.filter { !$0.correct && !$0.offered && !$0.wrong }
    print("FAQ matching: \(results.count) questions")
    print("  answered right straight away: \(correct) (\(percent(Double(correct) / total)))")
    print("  right answer among the choices: \(offered) (\(percent(Double(offered) / total)))")
    print("  right or among the choices: \(correct + offered) (\(percent(Double(correct + offered) / total)))")
    print("  wrong answer shown: \(wrong.count) (\(percent(Double(wrong.count) / total)))")
    print("  no answer or wrong choices: \(missed.count)")
    print("Confusion pairs (expected -> shown):")
    for result in wrong { print("  \(result.expected) -> \(result.match.matchedID ?? "-")  \"\(result.question)\" score \(result.match.score)") }
    print("Missed (expected -> outcome):")
    for result in missed { print("  \(result.expected) -> \(result.match.outcome)  \"\(result.question)\" score \(result.match.score)") }
    #expect(Double(correct) / total >= 0.80, "too few answered right straight away")
    #expect(Double(correct + offered) / total >= 0.92, "too few answered right or offered")
    #expect(Double(wrong.count) / total <= 0.04, "too many wrong answers shown as if right")
  }

  @Test(arguments: unrelated)
  func unrelatedRequestsGetNoAnswer(_ question: String) {
    let match = ShippedFAQ.neutral.match(question)
    #expect(match.matchedID == nil && match.alternatives.isEmpty, "\(match)")
  }

  @Test func plainlyUnrelatedRequestsAreToldWhatTheAssistantIsFor() {
    let library = ShippedFAQ.neutral
    let told = Self.unrelated.filter { library.match($0).outcome == .unrelated }
    print("Unrelated requests told the assistant only helps with care and support: \(told.count) of \(Self.unrelated.count)")
    #expect(library.match("what time does the library open").outcome == .unrelated)
    #expect(library.match("can i book a gp appointment").outcome == .unrelated)
    #expect(told.count >= 15)
  }

  private func percent(_ value: Double) -> String {
    String(Int((value * 1000).rounded()) / 10) + "." + String(Int((value * 1000).rounded()) % 10) + "%"
  }
}
