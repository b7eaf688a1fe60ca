# clausemap's domain-specific language: rules in legal English (used by *.dslr files).
# Each line maps an English phrase to DRL. Phrases starting with "-" add a condition to the clause above them.
# {wording} is a regular expression, searched case-insensitively in the clause text (see docs/authoring-rules.md).
# A longer phrase must come before a shorter one it starts with ("- it does not say ... unless ..." before "- it does not say ...").
[condition][]a clause's section says "{wording}"=$c : Clause( !question(), inSection("{wording}") )
[condition][]- it also says "{wording}"=has("{wording}")
[condition][]- it does not say "{wording}" together with "{other}"=!(has("{wording}") && has("{other}"))
[condition][]- it does not say "{wording}" unless it also says "{exception}"=!(has("{wording}") && !has("{exception}"))
[condition][]- it does not say "{wording}"=!has("{wording}")
# A list item takes its force from its lead-in (section context): under "you agree that you will not:" an item naming
# a change, removal or termination ("modify the service", "remove any content;") is a prohibition on the user, not a
# power of the provider.
[condition][]- it is not an item of a list of what the user may not do=!inSection("\\byou (may|must|shall|will|agree|should)( also)?( not| to not| not to)\\b(?:(?! / ).){0,1200}:( /|$)")
# Under a lead-in by which the provider reserves its measures ("we reserve the right to:", "may take any of the
# following actions:", "[the provider] may, at its discretion and without notice:") an item that names an act
# (terminate the account, remove content) is that power exercised. The one definition for the list-item rules of
# classify/consumer.dslr.
[condition][]- it is an item of a list of the provider's measures=inSection("\\b(reserves? the right|retains? the right|(is|are|be) entitled|may take|following (actions|measures|steps|sanctions|remedies)|take (any|all|one or more) of the following|we (may|can|might)|(its|our|their) (sole |absolute )?discretion|without (prior |any |advance )?notice)\\b(?:(?! / ).){0,1200}:( /|$)")
[condition][]- its section says "{wording}"=inSection("{wording}")
[condition][]- its section does not say "{wording}"=!inSection("{wording}")
[condition][]- it introduces a list with an item that says "{wording}"=introduces("{wording}")
[condition][]the clause is not yet recorded as "{category}"=not Classification( clause == $c, category == "{category}" )
# Limitation of liability: the clause is no savings clause and no legal floor. The one definition of what every
# limitation-of-liability rule (classify/consumer.dslr) must not find; refine it here, once. It is false (the rule stays
# silent) when the clause: notes that some laws do not allow or permit the exclusion, or that it may not apply; says the
# limitations, exclusions or disclaimers do not apply (to death, fraud, gross negligence ...), or that a liability "remains
# unaffected" (a carve-out from the limitation, not the limitation); says it
# shall not apply to the extent prohibited or not permitted by law; survives; keeps a liability ("nothing in these
# terms limits or excludes our liability for death or personal injury, gross negligence or fraud", "this does not
# limit our liability", "nothing in these terms shall affect your statutory rights or exclude any liability for ...",
# "it would be unlawful for us to exclude our liability", "losses which may not lawfully be excluded"); or makes the
# user liable or responsible (unless the sentence also names we or us, or the provider's "not responsible / not liable"
# comes first: "X is not responsible for any loss of files, and you are solely responsible for backups" still excludes
# X's liability; the user's duty to back up does not cure it).
# "Nothing in" after "save that", "except that", "provided that" or ", but" closing an exclusion in the same sentence is a
# carve-out from that exclusion, not a savings clause; a legal floor that opens the clause ("except for liability that cannot
# be excluded by law, we will not be liable ...") is "to the extent permitted by law" in other words: neither cures it.
[condition][]- it is not a savings clause or a legal floor=!has("\\b(do not|don't|may not|does not) (allow|permit)\\b|\\b(limitations?|exclusions?|disclaimers?)\\b[^.;]{0,40}\\b(do|does|shall|will) not apply\\b|\\bremains? unaffected\\b|\\bmay not apply\\b|\\b(shall|will) not (be applicable|apply)\\b[^.;]{0,60}\\bto the extent\\b[^.;]{0,80}\\b(prohibited|not permitted)\\b|\\bsurviv\\w*\\b|\\b(nothing in|does not|doesn't|do not|don't|shall not|will not)\\b(?<!\\b(?:liable|liability|responsible|responsibility)\\b[^.;]{0,250}\\b(?:save|except|provided) that nothing in)(?<!\\b(?:liable|liability|responsible|responsibility)\\b[^.;]{0,250}, but nothing in)[^.;]{0,60}\\b(limit|exclude|affect|restrict)\\w*\\b[^.;]{0,40}\\b(our|its|the|any|your)\\b[^.;]{0,30}\\bliability\\b|\\bnothing in\\b(?<!\\b(?:liable|liability|responsible|responsibility)\\b[^.;]{0,250}\\b(?:save|except|provided) that nothing in)(?<!\\b(?:liable|liability|responsible|responsibility)\\b[^.;]{0,250}, but nothing in)[^.;]{0,60}\\b(limit|exclude|restrict)\\w*( or (limit|exclude|restrict)\\w*)? (our |its |the |any |your |\\w+'s )?liabilit|\\bnothing in\\b(?<!\\b(?:liable|liability|responsible|responsibility)\\b[^.;]{0,250}\\b(?:save|except|provided) that nothing in)(?<!\\b(?:liable|liability|responsible|responsibility)\\b[^.;]{0,250}, but nothing in)[^.;]{0,80}\\b(limit|exclude|restrict|remove)\\w*\\b[^.;]{0,60}\\bliabilit|\\b(unlawful|illegal|not (permitted|allowed))\\b[^.;]{0,20}\\bto (exclude|limit|restrict)\\b|\\b(may|can)( not|not) (lawfully )?be (excluded|limited|restricted)\\b(?<!^\\W{0,3}(?:except|save|other than) (?:for )?(?:any |the )?(?:liability|liabilities|losses|loss|damages) (?:that|which) (?:may not|cannot|can not) (?:lawfully |legally )?be (?:excluded|limited|restricted))(?<!^\\W{0,3}(?:where|if|to the extent|insofar as|in so far as) (?:any |the )?(?:liability|liabilities) (?:may not|cannot|can not) (?:lawfully |legally )?be (?:excluded|limited|restricted))(?<!^\\W{0,3}any liability (?:of (?:the )?[\\w-]{1,30} )?(?:that|which) (?:may not|cannot|can not) (?:lawfully |legally )?be (?:excluded|limited|restricted)(?=[^.;]{0,40}\\blimited\\b))|\\byou (will|shall|are|would)( not|n't) (be )?(held )?(liable|responsible)\\b(?![^.;]{0,150}\\b(we|us|our)\\b[^.;]{0,40}(\\bnot|n't|\\bno)\\b[^.;]{0,20}\\b(liab|responsib)\\w*)|\\byou (are|will be|shall be) (solely )?(liable|responsible)\\b(?<!(?:\\bnot|\\bnever|n't) (?:be )?(?:held )?(?:responsible|liable)\\b[^.;]{0,200}\\byou (?:are|will be|shall be) (?:solely )?(?:liable|responsible))(?<!\\b(?:under no circumstances?|in no event|in no case)\\b[^.;]{0,200}\\byou (?:are|will be|shall be) (?:solely )?(?:liable|responsible))(?![^.;]{0,60}\\b(we|us)\\b)(?![^.;]{0,120}(\\bno liability\\b|\\b(not|never)\\b (be )?(held )?(liable|responsible)\\b|n't (be )?(held )?(liable|responsible)\\b))")
# Limitation of liability: the clause is no force majeure clause. The one definition the two exclusion rules of
# classify/consumer.dslr share; refine it here, once. It is false (the rule stays silent) when the clause names force
# majeure or causes, events or circumstances beyond the provider's (reasonable) control, unless it also puts the
# unavailability or interruption of the service, data loss or the provider's own technical failures among them, or
# lists other exclusions beside it (losses not foreseeable or not resulting from the provider's breach, indirect or
# consequential losses, lost profits): then the clause is an exclusion of liability all the same.
[condition][]- it is not a force majeure clause=!(has("\\bforce majeure\\b|\\b(causes?|events?|circumstances|conditions|occurrences?) (reasonably )?(beyond|outside)( of)? (the )?(our |its |their |\\w+'s )?(direct |reasonable )?control\\b") && !has("\\b(unavailab\\w*|interruptions?|lack of performance|loss of data|data loss|any (loss|damages?) (whatsoever|of any kind|however))\\b|\\b(mechanical|electronic|technical|communications?|systems?|servers?|network|computer|hardware|software|equipment) (failures?|malfunctions?|errors?|problems?|degradation|outages?)\\b|\\bnot (reasonably )?foreseeable\\b|\\bnot (resulting|arising) from\\b|\\b(indirect|consequential|incidental)\\b|\\bloss of (profits?|revenues?|business|goodwill)\\b"))
# Content removal: the clause is not about the user removing or deleting their own content ("you may delete",
# "when you delete"; not "if you fail to remove": the provider's deletion that follows is the power), a data-protection
# right to request deletion or erasure (the consumer's right, no power of the provider), an administrator's removal, a counter-notification, the user's right to appeal or complain, or
# the provider declining to promise something. The one definition the content-removal rules (classify/consumer.dslr)
# share; refine it here, once.
[condition][]- it is not the user's own deletion, an administrator's, a counter-notice or an appeal=!has("(?<!\\bto )\\b(you|your)\\b(?! fail\\w* to\\b)[^.;,]{0,10}\\b(delete|remove|request\\w* (the )?deletion|elect)\\b|\\byou (can|may|are able to|have the ability to|are free to) (\\w+,? )?(or |and )?(delete|remove)\\b|\\bwhen you delete\\b|\\brights?\\b[^.;]{0,20}\\b(request|obtain|ask for)\\b[^.;]{0,80}\\b(deletion|erasure)\\b|\\badministrators?\\b|\\bcounter[- ]notification\\b|\\b(we|us)\\b[^.;]{0,20}\\bdo not promise\\b|\\bright to (bring a claim|appeal|complain|contest|challenge)\\b")
# Unilateral termination: the wording is found in a full sentence of the clause that is no survival clause and no
# termination by the user. The one definition of what the termination rules of classify/consumer.dslr that read the
# clause itself must not find, written on their first line; refine it here, once. It is read per full sentence (ended
# by '.', '?' or '!' before a word not in lower case; semicolons do not end it): in a paragraph, "You may terminate these
# terms at any time. If you stop using the services, your account may be deactivated" keeps the second sentence's
# power. The wording is not found (the rule stays silent) where its sentence: survives; says there is no liability for a suspension, termination
# or discontinuation; gives the user (you may, can, have the right to, elect to; you or your representative may; a user,
# subscriber or customer "who does not accept the changes may terminate"; a subscription that "can be terminated by the
# subscriber") a way to cancel, terminate, stop or close their account
# (unless the provider's "we may suspend or terminate your account or access" follows it in the same clause: "You may
# stop at any time. We may terminate your access ..." still states the provider's power); a right to cancel (the, a,
# your, statutory or legal right, not one the provider reserves or retains); names administrators or parents; is a
# termination by you or by either party ("terminated by you or by us", a right that either party, each party or both
# parties hold alike, unless it may be used at any time, "either you or
# we", not "accounts held by you or linked to you"); acts when you ask, or from when you request a cancellation, or until, unless, if,
# when or once you cancel, terminate, delete or close; gives an option, opportunity or choice to terminate or cancel;
# keeps something until or after cancellation, termination or expiry, or for as long as you; suspends temporarily
# for maintenance, repair or testing; or opens (after a section number or a heading ending with ':') with the effects of
# a termination ("upon termination, ...", "after your account is closed, ..."): what follows a termination, not the power.
[condition][]a clause says "{wording}" in a sentence that is not a survival clause or a termination by the user=$c : Clause( !question(), hasInSentenceWithout("{wording}", "\\bsurviv\\w*|(?<!\\b(?:reserves? the right to|may)\\b[^.;]{0,120})\\b(not|no)\\b[^.;]{0,20}\\bliab\\w*\\b[^.;]{0,60}\\b(suspension|terminat|discontinu)|\\byou( or your \\w+( \\w+)?)? (may|can|have the right to|will have the right to|elect to)\\b[^.;]{0,30}\\b(cancel|terminat|stop|clos(e|ing) (your|the|this) (account|membership|subscription))(?![^:]{0,300}?\\b(we|us)\\b (may|reserve the right to|can)\\b[^.;]{0,40}\\b(suspend|terminat|disable|deactivat|close|delete)\\w*\\b[^.;]{0,40}\\b(your|accounts?|access)\\b)|(?<!reserves? )(?<!retains? )\\b(the|a) right to cancel\\b|\\b(your|statutory|legal) right to cancel\\b|\\badministrators?\\b|\\b(terminat|cancel)\\w*( (of|to) (this|the|these) (agreement|contract|terms|subscription|account))? by (you|either party)\\b[^.;]{0,10}\\bor\\b|\\beither (you|either party)\\b[^.;]{0,10}\\bor\\b(?![^.;]{0,30}\\b(may|can)\\b[^.;]{0,20}\\bterminat\\w*\\b[^.;]{0,60}\\bat any time\\b)|\\b(either party|each party|both parties|both you and \\w+|either of us)\\b[^.;]{0,30}\\b(may|can|has the right to|shall have the right to)\\b[^.;]{0,20}\\bterminat\\w*\\b(?![^.;]{0,60}\\bat any time\\b)|\\b(terminated|cancell?ed|ended)\\b[^.;]{0,10}\\bby (the )?(users?|subscribers?|customers?|members?|consumers?|clients?|account holders?|you)\\b|\\b(users?|subscribers?|customers?|members?|consumers?|clients?) who\\b[^.;]{0,80}\\b(may|can|(is|are) entitled to|ha(s|ve) the right to)( then)? (terminat|cancel)\\w*|\\bwhen you ask\\b|\\b(the )?(users?|subscribers?|customers?|members?|consumers?|clients?|account holders?)\\b[^.;]{0,60}\\b(may|can|will be able to|shall be entitled to|(is|are) entitled to|ha(s|ve) the right to)\\b[^.;]{0,10}\\b(resiliat|rescind)\\w*|\\bmay object to (the|such|these|any) (changes?|amendments?|modifications?)\\b[^.;]{0,40}\\b(and|or) (to )?(terminat|cancel)|\\byou (request|ask for)\\b[^.;]{0,15}\\b(cancel|terminat|clos|delet)\\w*|\\bparents?\\b|\\b(until|unless|if|when|once) you\\b[^.;]{0,10}\\b(cancel|terminat|delete|close)|\\b(option|opportunity|choice) to (immediately )?(terminat|cancel)|\\b(remain|continue)\\w*\\b[^.;]{0,30}\\b(until|after|following)\\b[^.;]{0,30}\\b(cancel|terminat|expir)|\\bfor as long as you\\b|\\btemporar\\w* (suspend|interrupt)\\w*\\b[^.;]{0,60}\\b(maintenance|repair|testing)\\b|^\\W*(\\d+([.\\u2024]\\d+)*\\.?\\s+)?([^.;:]{0,40}:\\s*)?(upon|after|following|on) (the |any |such )?(termination|expiry|expiration|cancellation)\\b|^\\W*after (your|the) account (is|has been) (terminated|closed|cancell?ed|deleted)\\b") )
# Contract by using: the clause does not require express consent. The one definition of what every contract-by-using
# rule (classify/consumer.dslr) must not find; refine it here, once. It is false (the rule stays silent) when the clause
# says that you explicitly or expressly agree, accept or consent to something (unless "by" follows within 40 characters:
# "expressly agree to these terms by using" is still agreement by use), or has the consumer click "I agree" (a clickwrap
# assent; but "by clicking accept and/or continuing to use" still binds by use), or says the consumer will have to (must,
# may be required to) agree to further terms: a separate acceptance step to come, not agreement by use. "If you do not agree, do not use the
# service" is not itself formation by use (no rule's wording reads it as such); after "by using the service you agree to
# these terms" in the same clause it cures nothing: the consumer is still bound by use.
[condition][]- it does not require express consent=!has("\\byou (will |would )?(have to|need to|must|(may|will|might) be (asked|required) to) (agree|accept|consent)\\b|\\bclick\\w*\\b[^.;]{0,15}\\b(i agree|i accept|agree|accept)\\b(?![^.;]{0,80}\\b(and/or|or) (by )?(continu|using|installing|accessing|downloading))|\\b(explicitly|expressly) (agree|accept|consent)\\w* to\\b(?![^.;]{0,40}\\bby\\b)")
# Unilateral change: the wording is found in a full sentence of the clause that is no agreed, announced or justified
# change and no software update. The one definition of what the change rules of classify/consumer.dslr that read a
# power must not find, written on their first line and read per full sentence like the termination form above ("We may
# revise these terms. We will notify you of changes by email." keeps the first sentence's power); refine it here, once.
# The wording is not found (the rule stays silent) where its sentence: has the consumer explicitly or expressly agree, accept or consent, or asks
# for their explicit or express consent; notifies or informs the consumer of changes; makes continued use (or a deemed
# acceptance) the acceptance of a change (contract by using), unless the provider's "may" or "reserves the right to"
# comes first in the clause, in the same sentence or the one before ("we may amend these terms, and your continued use
# constitutes acceptance", "we may update these terms. Continued use means you accept them" state the change power
# too: CLAUDETTE labels it ch and use); says the provider is not liable for a modification;
# changes only "to the extent necessary or enforceable"; is about updating or upgrading software, apps or versions (not "the new version" of the terms posted and its date updated),
# automatic updates (either word order), or downloading or installing them; corrects errors, inaccuracies or mistakes
# (in an order or a price), an over-payment or a payment made in error; asks the consumer to re-accept the changed
# terms; is about exchange rates or currency conversion (of real money: the exchange rate of a virtual or in-game
# currency the provider issues is its own price, and a power to change it stays a change); makes the user update or install; changes "in order to comply
# with" a requirement; or names a variety of (several, various, the following) reasons.
# Also false for an amendment only by a document both parties sign or by mutual consent (no unilateral change). The
# continued-use acceptance is the change power's too when "may" or "reserves the right to" (or the present-tense practice
# "we update these terms") comes first within 160 characters, across a semicolon, or within 200 in the same sentence.
[condition][]a clause says "{wording}" in a sentence that is not a change the consumer accepts, a notice of changes, a justified change or a software update=$c : Clause( !question(), hasInSentenceWithout("{wording}", "\\b(explicitly|expressly) (agree|accept|consent)|\\b(explicit|express) (consent|agreement|acceptance)\\b|\\b(notify|notices?|inform\\w*)\\b[^.;]{0,40}\\b(of|regarding|about)\\b[^.;]{0,30}\\b(changes?|updated|revised|modified)\\b|\\b(continu\\w* (use|using|to use)|constitutes?|deemed)\\b(?<!\\b(?:reserves? the right to|may|we (?:update|revise|change|modify|amend|tweak) (?:these|our|the|this) (?:terms|agreement|conditions))\\b(?:[^;]{0,160}|[^.]{0,200})\\b(?:continu\\w{0,6} (?:use|using|to use)|constitutes?|deemed))[^.;]{0,100}\\baccept|(?<!\\b(?:reserves? the right to|may)\\b[^.;]{0,120})\\b(not|no)\\b[^.;]{0,20}\\bliab\\w*\\b[^.;]{0,40}\\bmodif|\\bto the extent (necessary|enforceable)\\b|\\b(software|apps?|applications?|client|console|(?<!\\b(?:new|revised|updated|latest|current) )versions?)\\b[^.;]{0,60}\\b(update|upgrade)(?!d? (terms|conditions|agreement|polic))|\\bupdate\\w* automatically\\b|\\bautomatically (update|upgrade|install)\\w*\\b|\\bcorrect\\w* (any |such |the )?(errors?|inaccurac\\w*|mistakes?|omissions?)\\b|\\bover-?payments?\\b|\\b(payments?|paid|charged?) in error\\b|\\bre-?accept\\w*\\b|\\bsigned by both\\b|\\b(mutual|both parties'?) (written )?(agreement|consent)\\b|\\bonly (be )?(amended|modified|changed|varied) (in writing|by (a |an )?(written|mutual|signed) (agreement|amendment|instrument))\\b|\\b(download|install)\\w*\\b[^.;]{0,20}\\b(upgrades|updates)\\b|(?<!\\b(?:virtual|in-game|game) (?:currency |money |coins? )?)\\b(exchange rates?|currency conversion|conversion polic\\w*)\\b|\\bmake you (update|upgrade|install)\\b|\\bin order to comply with\\b|\\b(only )?(where|when|if|as) required (to comply with|by) (a change in )?(the |applicable )?(law|legal|regulat)\\w*|\\b(variety of|following|several|various) reasons\\b") )
# Arbitration: the clause is no optional arbitration and no arbitration at the consumer's home. The one definition of
# what every arbitration rule (classify/consumer.dslr) must not find; refine it here, once. It is false (the rule stays
# silent) when the clause: lets the consumer (you, either party) choose, elect or opt in to arbitration; says the
# consumer is not required or subject to it (but not "except that you are not required to arbitrate" claims for an
# injunction: a carve-out from a mandatory clause); or seats it in the county, place, country or state of the
# consumer's residence; or calls it voluntary arbitration, or leaves the consumer free to go to court instead. A right to opt out within a deadline does not make it optional: arbitration stays the default
# the consumer is bound by unless they act ("except if you opt out, you agree that disputes will be resolved by binding
# arbitration" is the clause itself).
[condition][]- it is not optional arbitration or arbitration where the consumer lives=!has("\\b(you|either party|consumers?)\\b[^.;]{0,20}\\b(may|can)\\b[^.;]{0,20}\\b(choose|elect|opt (in|for|to))\\b|\\bvoluntary arbitration\\b|\\bat (the )?(your|[\\w-]+'s) (choice|option|election)\\b[^.;]{0,20}\\beither\\b|\\b(you are|you're|you remain|consumers? (are|remain)) (always |still )?free to (go to|sue in|bring (a |your |any )?(claim|case|dispute|action) (in|before|to)) (a |the )?courts?\\b|(?<!\\bexcept\\b[^.;]{0,60})\\bnot (required|subject) to\\b(?! (any )?(further )?(appeal|review|challenge)\\b)|\\b(county|place|country|state) of (your )?(main |habitual |usual |permanent |principal )?residence\\b")
# The plain clause condition. It comes after every longer "a clause says ... in a sentence that ..." form above: Drools
# tries the lines in order, and this one would also match a longer form's line.
[condition][]a clause says "{wording}"=$c : Clause( !question(), has("{wording}") )
# The provider's power, not a third party's: written where a wording's modal verb or reservation starts ("may",
# "reserves the right"), NOT_AFTER_A_THIRD_PARTY stops the wording matching right after another user, member, host,
# guest, seller, buyer, merchant, vendor, advertiser, partner, owner, third party, parent, guardian, administrator,
# arbitrator, court, bank, issuer, carrier, developer, publisher, anyone, everyone, people, the parties (acting
# jointly: "the parties may amend this agreement in writing"), or a pronoun standing for one (they, he, she): "hosts may change their prices", "other users can remove their comments", "group owners may ban
# members" state no power of the provider; nor does a third party named with what it offers ("third-party apps and
# services may change their features", "publishers of third-party apps may discontinue them"). The user's own side
# counts too (a subscriber, customer, client, consumer, licensee or account holder that "may cancel" or "may
# terminate" exercises its own right), and so do laws, regulations, jurisdictions and authorities ("tax laws may
# change the amount", "the laws in jurisdictions may vary") and an agreement as subject ("no side agreement can
# modify these terms", "the termination of part of this agreement may limit your use"). A passive after such a party ("members may be suspended", "users can get
# banned") makes the party the object of the power, which stays the provider's: the look-behind is skipped where the
# modal is followed by "be" or "get". The one list of those parties, used by the change, removal and termination
# rules (classify/consumer.dslr); refine it here, once. A bank, carrier or publisher is a third party in the plural or
# after a determiner that makes it one ("your bank may", "a carrier may", "game publishers may"); "the Bank", "the
# Carrier", "the Publisher" alone are the parties the terms define as the provider in bank, airline and translated
# French or Italian terms ("l'Editeur", "il Vettore"), and their powers are the provider's. A keyword is replaced wherever it stands in a .dslr file,
# inside a wording too.
[keyword][]NOT_AFTER_A_THIRD_PARTY=(?<!\\b(?:users?|members?|hosts?|guests?|sellers?|buyers?|merchants?|vendors?|advertisers?|partners?|others|owners?|third[- ]part(?:y|ies)|parents?|guardians?|administrators?|arbitrators?|courts?|banks|issuers?|carriers|developers?|publishers|writers?|creators?|artists?|instructors?|restaurants?|drivers?|couriers?|airlines?|landlords?|lenders?|dealers?|retailers?|suppliers?|subscribers?|customers?|clients?|consumers?|licensees?|account holders?|laws|regulations|jurisdictions?|authorities|agreements?|anyone|everyone|people|parties|they|he|she) (?!(?:may|might|can|could|will|shall)(?: also)? (?:be|get)\\b))(?<!\\bthird[- ]part(?:y|ies) (?:[\\w-]{1,20} |[\\w-]{1,20} [\\w-]{1,20} |[\\w-]{1,20} [\\w-]{1,20} [\\w-]{1,20} ))(?<!\\b(?:your|their|its|his|her|our|a|an|any|each|every|another|other|third[- ]party|[\\w-]+'s|card|game|app|application|content|music|airline|operating|partner|external|independent|relevant|issuing) (?:bank|carrier|publisher) (?!(?:may|might|can|could|will|shall)(?: also)? (?:be|get)\\b))
# What an AI service generates for the customer, and the customer as party to the contract: the words the ownership
# rules of classify/ai-platform.dslr read (defined terms vary: Output, Completions, Generated Materials, AI-Generated
# Content; Customer, Subscriber, Licensee, Client). Each starts at a word boundary of its own: a keyword is replaced only
# where it stands as a word, so a wording writes it without \\b before it. Refine them here, once.
[keyword][]OUTPUT_WORDS=\\b(?:(?:images?|videos?|tracks|songs|audio(?: files)?|music|texts?|drafts|designs|code|pictures|graphics|illustrations|voices?|recordings|transcripts?|summaries|answers|clips|artwork|embeddings) (?:that |which )?(?:you|they|users?|the user|customers?|the customer|subscribers?|the subscriber) generate[sd]?\\b|(?:embeddings|transcriptions?|transcripts?|summaries|translations|extracted data|suggestions|drafts|answers|predictions|classifications|scores|insights|images|videos|texts) (?:returned|generated|produced|created) by (?:the )?(?:[\\w-]+ ){0,2}(?:api|services?|platform|models?|ai|software|system|tools?|assistant|module|feature|solution|application|app)\\b|outputs?|machine translations|results|completions|generations?|content generated|responses generated|(?:ai[- ])?generated (?:content|materials?|assets|works?|outputs?|images?|texts?|media|videos?|code|audio|products?|deliverables)|generated by (?:the )?(?:services?|platform|models?|ai|software|system|tools?|assistant)|(?:deliverables|materials|works?|assets|images|designs) generated (?:for you|for the customer|by|with|using|through)|(?:ai |model )?responses? (?:you receive|(?:returned|provided|produced|delivered) (?:by|from|to you|to the [\\w-]+))|(?:ai|model|bot|assistant) responses?)
[keyword][]CUSTOMER_WORDS=\\b(?:you|(?:the |that |such )?(?:customers?|subscribers?|licensees?|clients?|users?|developers?|members?|merchants?|employers?|institutions?|agenc(?:y|ies)|government|(?:contracting|awarding) (?:authority|body)|buyers?|purchasers?))
# What a machine made: content or a result that the service, a tool, a model or an AI produced, flagged or drafted, or
# the words AI, artificial intelligence, machine learning. For the output-use rules of classify/ai-platform.dslr that
# need the result under review to come from the service (a review duty for a human's own reports is no output use).
[keyword][]MADE_BY_A_MACHINE=(?:MADE_WITH_THE_SERVICE|\\b(?:ai|artificial intelligence|machine learning)\\b|\\bgenerated (?:suggestions|outputs?|content|texts?|results|reports?|answers|responses|drafts?|recommendations?|images?)\\b|\\b(?:flagged|proposed|suggested|recommended|returned|issued|drafted|prepared|written|produced|generated|created) (?:by|with) (?:the (?:help|support|assistance|aid) of )?(?:the |an? |our |its )?(?:[\\w-]+ ){0,2}(?:software|system|tool|service|platform|model|assistant|engine|algorithm|ai)\\b)
# What the service makes, named by how it was made rather than by a defined term ("the reports generated by the
# Assistant", "transcripts created for Customer through the Service", "the layouts you generate with the AI", "the memos
# the Service produces for you"): the words the ownership frame of classify/ai-platform.dslr reads. "Created" or "made"
# through a service in general is the user's own content on a platform, so those verbs need an AI maker or a beneficiary.
[keyword][]MADE_WITH_THE_SERVICE=\\b(?:(?:generated|produced|synthesi[sz]ed)(?: for (?:you|the [\\w-]+|[\\w-]+))?(?: by (?:you|the [\\w-]+))? (?:by|with|using|through|via|by means of|in|with the (?:help|assistance|aid) of) (?:the |this |our |its |your )?(?:[\\w-]+ ){0,2}(?:ai|services?|assistants?|tools?|platforms?|models?|systems?|bots?|apps?|applications?|software|solutions?|features?|engines?)|(?:created|made|drafted|written|composed) (?:for|by) (?:you|the [\\w-]+|[\\w-]+) (?:by|with|using|through|via|by means of) (?:the |this |our |its |your )?(?:[\\w-]+ ){0,2}(?:ai|services?|assistants?|tools?|platforms?|models?|systems?|bots?|apps?|applications?|software|solutions?|features?|engines?)|(?:created|made|drafted|written|composed) (?:by|with|using|through|via|by means of) (?:the |this |our |its |your )?(?:[\\w-]+ ){0,2}(?:ai|assistant|models?|bot|engine|copilot)|(?:you|they|the user|the customer) (?:generate|produce)s? (?:with|using|through|via|from|in) (?:the |this |our |its )?(?:[\\w-]+ ){0,2}(?:ai|services?|assistants?|tools?|platforms?|models?|systems?|bots?|apps?|applications?|software|solutions?|features?|engines?)|(?:you|they|the user|the customer) (?:create|make|draft|write)s? (?:with|using|through|via) (?:the |this |our |its )?(?:[\\w-]+ ){0,2}(?:ai|assistant|models?|bot|engine|copilot)|(?:the )?(?:services?|assistant|tool|ai|platform|models?|system|bot|app) (?:produces|generates|creates|drafts|writes|returns)(?: for you)?|(?:generated|produced|created) (?:from|on the basis of|based on) (?:your|their|his or her|his|her|the [\\w-]+'s) (?:prompts?|inputs?|instructions|requests|descriptions|queries))\\b
# The provider declaring itself not responsible ("not responsible", "cannot be held responsible", "won't be
# responsible"): the opening of every wording of the not-responsible-for-loss rule (classify/consumer.dslr). Written
# where the wording starts, without \\b before it.
# A person who reviews what an AI service returns before it is used: a professional, an expert, an official, a human.
# For the output-use rules of classify/ai-platform.dslr that require such a review (up to three words before the noun:
# "a certified professional", "an authorised financial advisor", "the official responsible").
[keyword][]QUALIFIED_PERSON=(?:[\\w-]+ ){0,3}(?:professionals?|advis[eo]rs?|lawyers?|attorneys?|counsel|physicians?|doctors?|clinicians?|radiologists?|pharmacists?|accountants?|auditors?|officials?|officers?|experts?|specialists?|humans?|persons?|people|teachers?|tutors?|instructors?|recruiters?|reviewers?|staff|employees?|analysts?|editors?|engineers?|nurses?|practitioners?|supervisors?|managers?|translators?|journalists?)\\b
[keyword][]NOT_RESPONSIBLE=(?:\\bnot|\\bcannot|n't)(?: in any (?:way|case|event|manner))? (?:be )?(?:held )?responsible
# A reserved power in the civil-law wordings too ("reserves itself the faculty", "reserves unto itself the right",
# "reserves the possibility"): one of the modal forms of the unilateral-change and unilateral-termination rules
# (classify/consumer.dslr). Refine it here, once.
[keyword][]RESERVES_THE_RIGHT=reserves?(?: to| unto)?(?: itself)?(?:,? (?:furthermore|besides|also|moreover|further|likewise|additionally),?)? the (?:right|faculty|power|possibility)
[consequence][]record its category=insert(new Classification($c, drools.getRule()));
[consequence][]record its qualifier=insert(new Qualifier($c, drools.getRule()));
