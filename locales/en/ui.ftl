# Wegwijzer: English text of the widget itself (buttons, headings, error messages).
#
# Language: English (en). Source: locales/nl/ui.ftl (Dutch, je-form, B1).
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Plain English: short sentences (about 10 words), one message per sentence, active voice.
# The texts about questions and advice are in flow.ftl.
# A gemeente can override any text with its own .ftl file (overlay).

## Crisis strip: always visible, above the question.

crisis-heading = Need help right now?
crisis-role-emergency = Is someone's life in danger?
crisis-role-suicide-prevention = Are you thinking about suicide?
crisis-role-suicide-prevention-helper = Is someone thinking about suicide?
crisis-role-veilig-thuis = Not safe at home?
crisis-role-huisartsenpost = Need a doctor in the evening or at the weekend?
crisis-role-gemeente = A question for the municipality?
crisis-role-helpline = Do you want to talk to someone?

## Phone and opening hours

phone-call = Call { $number }
phone-free = free
phone-anonymous = you don't have to give your name
hours-always = day and night
hours-label = Open:
schedule-walk-in = Walk in without an appointment:
schedule-phone = Phone:
schedule-appointment = By appointment:
opening-time = { $days } from { $opens } to { $closes }
day-range = { $from } to { $to }
day-mo = Monday
day-tu = Tuesday
day-we = Wednesday
day-th = Thursday
day-fr = Friday
day-sa = Saturday
day-su = Sunday
address-label = Address:
link-website = Website of { $name }
link-chat = Chat with { $name }
link-email = Email { $address }

## Question screen

# REVIEW(en): "question N of at most M" (the route can be shorter).
progress = Question { $number } of at most { $total }
button-next = Next
button-skip = Skip
button-back = Back
why-question = Why do we ask this?
choose-many = You can choose more than one answer.
helper-toggle = I am filling this in for someone else
answer-yes = Yes
answer-no = No
postcode-label = Postcode
postcode-hint = For example: 1234 AB
house-number-label = House number (you can leave this empty)
house-number-hint = For example: 12 or 12a
text-count = { $left ->
    [one] You can type 1 more character.
   *[other] You can type { $left } more characters.
}
text-over = { $over ->
    [one] That is 1 character too many.
   *[other] That is { $over } characters too many.
}
# REVIEW(en): new messages (issue 19: the language button, what ticking "I don't know" turned off).
# Said (politely) when ticking one option unticked others, or the reverse.
choice-others-off = The other choices have been turned off.
choice-exclusive-off = The choice { $option } has been turned off.

## Error messages: say what is wrong and how to put it right.

error-summary-title = Something is not right
error-prefix = Error:
error-required = You have not given an answer yet. Choose an answer or fill something in.
error-choose-one = Choose one of the answers.
error-exclusive = You chose “{ $option }” and also something else. Choose one of the two.
error-postcode-format = Fill in your postcode with 4 numbers and 2 letters. For example: 1234 AB.
error-postcode-format-helper = Fill in the postcode with 4 numbers and 2 letters. For example: 1234 AB.
error-postcode-leading-zero = A postcode does not start with a 0. Please check the numbers.
error-postcode-reserved = This postcode does not exist. Please check the letters.
error-house-number = Fill in a house number, like 12 or 12a. Or leave the box empty.
# REVIEW(en): new message, machine-assisted
error-house-number-needed = Two teams work in your street. Fill in your house number, so we know which team is yours.
error-house-number-needed-helper = Two teams work in the other person's street. Fill in the house number, so we know which team is theirs.
# REVIEW(en): new message, machine-assisted
advice-words-missing = The text of this advice has not fully loaded yet. The phone numbers below are correct. Reload the page if it stays like this, or call the gemeente.
advice-heading-fallback = Your advice
error-too-long = Your text is too long. You can use { $max } characters.

## Your answers

answers-heading = Your answers
answers-change = Change
answers-change-label = Change your answer to: { $question }
answers-skipped = Skipped
restart = Start again

## Quick exit

quick-exit = Leave quickly
quick-exit-note = Your browser history is not deleted.
quick-exit-keys = You can also press Esc twice.

## Language and read aloud

language-label = Language / Taal
language-apply = Change language
read-aloud = Read aloud
read-aloud-stop = Stop reading aloud
read-aloud-no-voice = Reading aloud does not work here. This device has no voice for this language.

## Advice

urgency-urgent = Do this soon. Don't wait too long.
urgency-crisis = Are you in danger now? Call 112.
urgency-crisis-helper = Is there danger now? Call 112.
first-contact-lead = First contact:
why-advice = Why this advice?
team-heading = Your neighbourhood team
team-heading-helper = The other person's neighbourhood team
team-choose = There is more than one team for your postcode. Choose the team for your street.
team-choose-helper = There is more than one team for this postcode. Choose the team for the other person's street.
team-unknown = We don't know which neighbourhood team is linked to your postcode. Call the municipality, they will help you.
team-unknown-helper = We don't know which neighbourhood team is linked to this postcode. Call the municipality, they will help further.
team-skipped = You did not give a postcode. Call the municipality, they will help you.
client-support-heading = Would you like someone to come with you? That is free.
client-support-heading-helper = Would the other person like someone to come along? That is free.
client-support-text = A client supporter (cliëntondersteuner) is on your side. They help you in the meeting with the municipality.
client-support-text-helper = A client supporter (cliëntondersteuner) is on the other person's side. They help in the meeting with the municipality.
community-heading = Help in your neighbourhood
community-text = You can also go here. You can do this as well as getting help from the municipality.
community-text-helper = The other person can also go here. They can do this as well as getting help from the municipality.
bring-in-heading = They can also bring in this help
also-heading = Also good to know
# REVIEW(en): new message (issue 19: the advice's closed section with the other contacts; changed: handover-rights ("Je rechten")).
more-help-heading = More help nearby
crisis-advice-heading = Help if it is not safe right now
helper-tip-heading = Tip for you as a helper
steps-heading = What happens next?
bring-heading = What to bring

## My overview

handover-heading = My overview
handover-heading-helper = Overview for the other person
handover-intro = Take this with you to your meeting. Or show it to someone who helps you.
handover-intro-helper = Take this with you to the meeting. Or give it to the other person.
handover-topics = What is it about?
handover-own-words = In my own words
handover-own-words-helper = In the other person's words
handover-advice = My advice
handover-advice-helper = Advice for the other person
handover-first-contact = First contact
handover-client-support = Free help from a client supporter (cliëntondersteuner)
# REVIEW(en): "Andere contacten" / "Gemaakt op <datum>" (the date of printing)
handover-contacts = Other contacts
handover-date = Made on { $date }
handover-rights = Your rights
handover-rights-helper = The other person's rights
right-client-support = You have a right to free help from a client supporter (cliëntondersteuner).
right-client-support-helper = The other person has a right to free help from a client supporter (cliëntondersteuner).
right-company = You can bring someone with you to the meeting.
right-company-helper = The other person can bring someone to the meeting. For example you.
right-objection = Do you disagree with the letter with the decision? Tell them within 6 weeks. This is called making an objection (bezwaar maken).
right-objection-helper = Does the other person disagree with the letter with the decision? Tell them within 6 weeks. This is called making an objection (bezwaar maken).
handover-print = Print
handover-copy = Copy
handover-copied = Copied
handover-copy-failed = Copying did not work. Select the text and copy it yourself.
handover-share = Share link
share-intro = With this link you can open your answers on another device. The link is only on your screen. Your own words are not in it.
share-label = Link to your answers
share-copy = Copy link

# REVIEW(en): the share panel says plainly that the link is not secret.
share-anyone = Anyone who has this link can see your answers.
