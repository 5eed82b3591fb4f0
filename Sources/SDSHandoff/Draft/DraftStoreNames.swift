extension Draft {
  /// Every `store:` name the draft reads an answer from (`Draft.init(record:metadata:)`): `sds check`
  /// reports any other as a slip (`E-STORE-UNKNOWN`), since such an answer reaches no field of the key
  /// worker's form. Inside `for each`, `*` is the choice's id. The tests hold this list to the
  /// builder and to the schema (`Schema/sds-draft-1.schema.json`).
  public static let storeNames: Set<String> = [
    "plan.kind",
    "completedBy.role", "completedBy.relationship", "completedBy.carerName", "completedBy.personAgrees",
    "completedBy.personDecides", "completedBy.legalAuthority", "completedBy.carerContact",
    "person.preferredName", "person.contact.method", "person.contact.phone", "person.contact.email",
    "person.contact.address", "person.contact.throughName", "person.contact.throughDetails", "person.communication", "person.language", "person.decisionHelp",
    "whatMatters.goodDay", "whatMatters.badDay", "whatMatters.mostImportant", "whatMatters.working", "whatMatters.notWorking",
    "outcomes.areas", "outcomes.*.inTheirWords", "outcomes.*.working", "outcomes.*.notWorking", "outcomes.*.canDo", "outcomes.*.whoHelps",
    "strengths.goodAt", "strengths.people", "strengths.community",
    "safety.safeAtHome", "safety.safeOut", "safety.worries", "safety.whatWouldHelp",
    "carer.whatTheyDo", "carer.gettingHarder", "carer.wantsSupport",
    "support.designed", "support.provided", "support.who", "support.achieve", "support.times", "support.mustNotChange",
    "option.preferred",
    "questions",
    "review.howGoing", "review.changed", "review.outcomesMet", "review.optionSuits", "review.currentOption",
  ]
}
