# clausemap's domain-specific language: rules in legal English (used by *.dslr files).
# Each line maps an English phrase to DRL. Phrases starting with "-" add a condition to the clause above them.
# {wording} is a regular expression, searched case-insensitively in the clause text (see docs/authoring-rules.md).
[condition][]a clause says "{wording}"=$c : Clause( has("{wording}") )
[condition][]- it also says "{wording}"=has("{wording}")
[condition][]- it does not say "{wording}"=!has("{wording}")
[condition][]- its section says "{wording}"=inSection("{wording}")
[consequence][]record its category=insert(new Classification($c, drools.getRule()));
[consequence][]record its qualifier=insert(new Qualifier($c, drools.getRule()));
