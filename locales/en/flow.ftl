# Wegwijzer: English resident text for the default configuration (config/voorbeeldgemeente.json).
#
# Language: English (en). Source: locales/nl/flow.ftl (Dutch, je-form, B1).
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Plain English at about B1 level: short sentences, one message per sentence, active voice.
# A Dutch official word that residents meet in letters stays once, in brackets, after a plain
# explanation: "a talk at your home (keukentafelgesprek)". Names, phone numbers and URLs stay Dutch.
# "gemeente" is translated as "the municipality".


## Time limits. $unit is hours, days, working-days or weeks.

duration = { $unit ->
    [hours] { $amount ->
        [one] 1 hour
       *[other] { $amount } hours
    }
    [days] { $amount ->
        [one] 1 day
       *[other] { $amount } days
    }
    [working-days] { $amount ->
        [one] 1 working day
       *[other] { $amount } working days
    }
   *[weeks] { $amount ->
        [one] 1 week
       *[other] { $amount } weeks
    }
}


## Question: what do you want help with?

question-topic = What would you like help with?
    .hint = You can choose more than one thing.
    .why = Then we know where you can best go. Your answers stay on your own device.
# REVIEW(en): helper mode (someone fills this in for another person). The person helped is "the other person" / "they"; the helper is "you".
question-topic-helper = What does the other person want help with?
    .hint = You can choose more than one thing.
    .why = Then we know where the other person can best go. The answers stay on this device.

option-topic-money = Money and bills
    .hint = debts, bills you cannot pay
option-topic-money-helper = Money and bills
    .hint = debts, bills the other person cannot pay
option-topic-work-income = Work or income
    .hint = lost your job, no income or too little
option-topic-home = At home and around the house
    .hint = housework, changes to your home
option-topic-home-helper = At home and around the house
    .hint = housework, changes to the home
option-topic-health = Your health and how you feel
    .hint = body, mind, alcohol or drugs
option-topic-health-helper = Health and how the other person feels
option-topic-children = Children and parenting
    .hint = worries about your child
option-topic-children-helper = Children and parenting
    .hint = worries about a child
option-topic-caring = Caring for someone else
    .hint = you care for a parent, partner or child
option-topic-caring-helper = Caring for someone else
    .hint = the other person cares for a parent, partner or child
option-topic-alone = Feeling alone
    .hint = little contact with other people
option-topic-alone-helper = Feeling alone
option-topic-safety = Being safe at home
    .hint = violence, threats or fear at home
option-topic-taking-part = Taking part
    .hint = something to do in the day, volunteering, learning
option-topic-letters = Letters and forms
    .hint = understanding a letter, not agreeing with a decision
option-topic-dont-know = A lot at once / I don't know
    .hint = one team helps you with everything
option-topic-dont-know-helper = A lot at once / not clear yet
    .hint = one team helps with everything


## Question: is something serious about to happen because of debts?

question-debt-threat = Might you have to leave your home? Or will they cut off your gas, electricity or water?
    .hint = Also choose yes if your health insurance is going to stop.
    .why = Then the municipality must help you faster. You will have a meeting within a few days.
question-debt-threat-helper = Might the other person have to leave their home? Or will they cut off gas, electricity or water?
    .hint = Also choose yes if the other person's health insurance is going to stop.
    .why = Then the municipality must help the other person faster. They will have a meeting within a few days.


## Question: work or income

# REVIEW(en): new heading, so the two questions no longer share one (issue 19).
question-income-situation = What fits your work or income best?
    .why = If you lose your job, you go to UWV first. For income support (bijstand), you go to the municipality.
question-income-situation-helper = What fits the other person's work or income best?
    .why = If they lose their job, they go to UWV first. For income support (bijstand), they go to the municipality.

option-income-situation-lost-job = I have lost my job, or I am going to lose it
option-income-situation-lost-job-helper = The other person has lost their job, or is going to lose it
option-income-situation-no-income = I have no income, or too little to live on
option-income-situation-no-income-helper = The other person has no income, or too little to live on
option-income-situation-other = Something else
    .hint = the municipality will help you work it out
option-income-situation-other-helper = Something else
    .hint = the municipality will help you both work it out

question-under-27 = Are you younger than 27?
    .why = There is an extra rule about income support for young people under 27.
question-under-27-helper = Is the other person younger than 27?


## Question: at home

question-home-need = What do you need help with at home?
    .why = Then we know which help suits you.
question-home-need-helper = What does the other person need help with at home?
    .why = Then we know which help suits the other person.

option-home-need-household = I can no longer manage the housework or look after myself
    .hint = for example cleaning, washing or getting dressed
option-home-need-household-helper = The other person can no longer manage the housework or look after themselves
option-home-need-adaptation = A change in the home, a wheelchair or transport
    .hint = for example a stairlift or a taxi to the shops
option-home-need-other = Something else
    .hint = the municipality will help you work it out
option-home-need-other-helper = Something else
    .hint = the municipality will help you both work it out


## Question: health

# REVIEW(en): new heading, so the two questions no longer share one (issue 19).
question-health-need = What fits how you are doing best?
    .why = Are things very bad? Then we show you the fastest help straight away.
question-health-need-helper = What fits how the other person is doing best?

option-health-need-crisis = I feel very bad. I am thinking about suicide.
option-health-need-crisis-helper = The other person feels very bad. They are thinking about suicide.
option-health-need-unwell = I don't feel well, in my body or in my mind
    .hint = also for problems with alcohol, drugs or gambling
option-health-need-unwell-helper = The other person doesn't feel well, in body or in mind
option-health-need-someone-else = I am worried about someone else
    .hint = for example a neighbour who is confused
option-health-need-someone-else-helper = You are worried about the other person, but they do not ask for help themselves
    .hint = for example because the other person is confused


## Question: children

question-child-safety = Are you worried that your child is not safe?
    .hint = For example: someone hits your child, or there is a lot of violence at home.
    .why = Is your child not safe? Then we show you the right help straight away.
question-child-safety-helper = Are you worried that the child is not safe?
    .hint = For example: someone hits the child, or there is a lot of violence at home.
    .why = Is the child not safe? Then we show you the right help straight away.


## Question: letters

question-letter-kind = What is the problem with the letter?
    .why = Then we know if there is a date you need to watch.
question-letter-kind-helper = What is the problem with the other person's letter?

option-letter-kind-understand = I don't understand a letter or form
option-letter-kind-understand-helper = The other person doesn't understand a letter or form
option-letter-kind-disagree = I don't agree with a decision
option-letter-kind-disagree-helper = The other person doesn't agree with a decision


## Question: the miracle question (you can skip it)

question-own-words = What do you want to change?
    .hint = Write it down in your own words. You can skip this question.
    .why = This helps you see what matters to you. Take it to your meeting. We do not send it anywhere.
question-own-words-helper = What does the other person want to change?
    .hint = Write it down together, in the other person's words. You can skip this question.
    .why = This helps you see what matters to the other person. Take it to the meeting. We do not send it anywhere.


## Question: postcode (you can skip it)

question-postcode = What is your postcode?
    .hint = You can also fill in your house number. You don't have to.
    .why = Then we can find the team near you. Your postcode stays on your own device.
question-postcode-helper = What is the other person's postcode?
    .hint = You can also fill in the house number. You don't have to.
    .why = Then we can find the team near the other person. The postcode stays on this device.


## Advice

outcome-unsafe-at-home = Are you in danger now? Call 112.
    .why = Your safety comes first. Not in direct danger? Then call Veilig Thuis, the helpline for violence at home. You don't have to give your name.
    .helper = Don't ask questions the other person does not want to answer. Let them call themselves, or call together.
outcome-unsafe-at-home-helper = Is there danger now? Call 112.
    .why = Safety comes first. No direct danger? Then call Veilig Thuis, the helpline for violence at home. You don't have to give your name.

outcome-mental-crisis = Talk about it now with 113
    .why = You don't have to carry this alone. At 113 they listen to you, day and night. It is free and anonymous.
    .helper = Stay with the other person. Call together, or let them chat. Is there direct danger? Call 112.
outcome-mental-crisis-helper = Talk about it now with 113, together
    .why = The other person does not have to carry this alone. Neither do you. At 113 they listen, day and night. It is free and anonymous.

outcome-debt-help = Debt help (schuldhulp) can help you
    .why = Every municipality must give help with debts. The sooner you start, the better.
    .helper = Help to collect the letters. A volunteer from SchuldHulpMaatje can come along.
outcome-debt-help-helper = Debt help (schuldhulp) can help the other person
    .why = Every municipality must give help with debts. The sooner the other person starts, the better.

outcome-debt-help-urgent = Call debt help soon
    .why = Something serious may happen to your home, your gas, electricity or water, or your health insurance. Then the municipality must help you extra fast.
    .helper = Call together, today. Say straight away what may happen. Keep the letter with you.
outcome-debt-help-urgent-helper = Call debt help soon
    .why = Something serious may happen to the other person's home, gas, electricity or water, or health insurance. Then the municipality must help extra fast.

outcome-job-loss = Go to UWV first
    .why = Have you lost your job? Then you may get unemployment benefit (WW-uitkering). You arrange this with UWV, not with the municipality.
    .helper = Help with logging in to werk.nl. Check together if the WW is enough to live on.
outcome-job-loss-helper = Go to UWV first
    .why = Has the other person lost their job? Then they may get unemployment benefit (WW-uitkering). They arrange this with UWV, not with the municipality.

outcome-income-support = The municipality can help you with income support
    .why = Do you have no income, or too little? Then you can ask the municipality for income support (bijstand).
    .helper = Is there no money right now? Then ask together for an advance payment. That is a right.
outcome-income-support-helper = The municipality can help the other person with income support
    .why = Does the other person have no income, or too little? Then they can ask the municipality for income support (bijstand).

outcome-income-support-young = The municipality can help you with income support
    .why = Do you have no income, or too little? Then you can ask the municipality for income support (bijstand). There is an extra rule for young people.
    .helper = Look for work or a course together. Write down what you do. That helps with the application.
outcome-income-support-young-helper = The municipality can help the other person with income support
    .why = Does the other person have no income, or too little? Then they can ask the municipality for income support (bijstand). There is an extra rule for young people.
    .helper = Look for work or a course together. Write down what the other person does. That helps with the application.

outcome-wmo-household = The municipality can help you at home
    .why = Can you no longer manage the housework or look after yourself? Then the municipality can look at which help suits you.
    .helper = Go with them to the meeting. A client supporter (cliëntondersteuner) can come too. That is free.
outcome-wmo-household-helper = The municipality can help the other person at home
    .why = Can the other person no longer manage the housework or look after themselves? Then the municipality looks at which help suits them.

outcome-wmo-adaptation = The municipality can help you with a change to your home
    .why = Do you need a change in your home? Or a wheelchair or transport? The municipality can help.
    .helper = Take photos together of what is hard at home. That helps in the meeting.
outcome-wmo-adaptation-helper = The municipality can help the other person with a change to their home
    .why = Does the other person need a change in their home? Or a wheelchair or transport? The municipality can help.

outcome-child-worry = Talk about your worries about your child
    .why = The Centrum voor Jeugd en Gezin (Centre for Youth and Family) helps parents and children. You are welcome with any question.
    .helper = Take the worries seriously. Go to the first meeting together if the parent wants that.
outcome-child-worry-helper = Talk about the worries about the child
    .why = The Centrum voor Jeugd en Gezin (Centre for Youth and Family) helps parents and children. Everyone is welcome with any question.

outcome-child-unsafe = Is your child in danger now? Call 112.
    .why = Your child's safety comes first. Veilig Thuis, the helpline for violence at home, knows what you can do.
    .helper = Call Veilig Thuis together. You can also call if you are not sure.
outcome-child-unsafe-helper = Is the child in danger now? Call 112.
    .why = The child's safety comes first. Veilig Thuis, the helpline for violence at home, knows what you can do.

outcome-carer-support = There is help for carers
    .why = Do you care for someone? Then you are a carer (mantelzorger). You can ask for help too.
    .helper = Ask how the carer is doing. People often forget that.
outcome-carer-support-helper = There is help for carers
    .why = Does the other person care for someone? Then they are a carer (mantelzorger). They can ask for help too.

outcome-loneliness = There are people near you
    .why = Many people feel alone sometimes. In your neighbourhood you can meet other people.
    .helper = Go with them to an activity the first time. That makes the step smaller.
outcome-loneliness-helper = There are people near the other person
    .why = Many people feel alone sometimes. In the neighbourhood the other person can meet people.

outcome-taking-part = Take part in your neighbourhood
    .why = Doing something in the day gives calm and contact. The local welfare service (welzijnswerk) helps you find something that suits you.
    .helper = Ask what the other person enjoys or is good at. Start small.
outcome-taking-part-helper = Taking part in the neighbourhood
    .why = Doing something in the day gives calm and contact. The local welfare service (welzijnswerk) helps the other person find something that suits them.

outcome-letter-help = Read the letter together with someone
    .why = The social advisers (sociaal raadslieden) help with letters and forms. It is free.
    .helper = Look at the date on the letter together. Don't wait too long.

outcome-objection-help = You can say that you do not agree
    .why = Do you disagree with a decision? Then you can object (bezwaar maken). There is a time limit for this.
    .helper = Watch the date on the letter. Help with writing, or go to the social advisers together.
outcome-objection-help-helper = The other person can say that they do not agree
    .why = Does the other person disagree with a decision? Then they can object (bezwaar maken). There is a time limit for this.

outcome-health-support = Talk to your GP and the neighbourhood team
    .why = Your GP (huisarts) helps with your health. The neighbourhood team (wijkteam) helps with everything else that is going on.
    .helper = Go with them to the GP if the other person wants that. Write down together what is going on.
outcome-health-support-helper = Talk to the GP and the neighbourhood team
    .why = The GP (huisarts) helps with the other person's health. The neighbourhood team (wijkteam) helps with everything else that is going on.

outcome-worry-about-someone = Report your worries about this person
    .why = Are you worried about someone, but it is not urgent? Then you can call the reporting line (meldpunt).
    .helper = Write down what you saw, where and when. That helps the reporting line.

outcome-several-problems = One team helps you with everything
    .why = Is a lot going on at once? Then the social neighbourhood team (sociaal wijkteam) helps you. You only have to tell your story once.
    .helper = Make a short list together of what worries you most. Someone with lived experience (ervaringsdeskundige) can also help.
outcome-several-problems-helper = One team helps the other person with everything
    .why = Is a lot going on at once? Then the social neighbourhood team (sociaal wijkteam) helps the other person. They only have to tell their story once.

outcome-ask-gemeente = Call the municipality (gemeente)
    .why = The municipality listens to your question. They look for the right help together with you.
    .helper = Call together. Write down the question before you call.
outcome-ask-gemeente-helper = Call the municipality (gemeente)
    .why = The municipality listens to the question. They look for the right help together with you both.


## What happens next? ($term is the time limit, for example "6 weeks")

step-danger-call-112 = Are you in danger now? Call 112.
step-danger-call-112-helper = Is there danger now? Call 112.
step-danger-now-112 = Is there danger now? Call 112.
step-veilig-thuis-call = Call Veilig Thuis. They are there day and night. You don't have to give your name.
step-veilig-thuis-child = Call Veilig Thuis. They help you think about what is best for your child.
step-veilig-thuis-child-helper = Call Veilig Thuis. They help you think about what is best for the child.
step-veilig-thuis-helps = Veilig Thuis gives advice. If you want, they arrange help.
step-veilig-thuis-helps-helper = Veilig Thuis gives advice. If the other person wants, they arrange help.
step-safe-place = Can you not stay at home? Veilig Thuis helps you find a safe place to stay (opvang).
step-safe-place-helper = Can the other person not stay at home? Veilig Thuis helps find a safe place to stay (opvang).
step-child-can-call = Your child can also call or chat with the Kindertelefoon (helpline for children). That is free.
step-child-can-call-helper = The child can also call or chat with the Kindertelefoon (helpline for children). That is free.

step-call-113-now = Call or chat with 113 now. It is free and anonymous.
step-no-forms = You don't have to fill in anything.
step-no-forms-helper = You don't have to fill in anything.
step-huisarts-soon = Also talk to your GP. In the evening and at the weekend, call the out-of-hours GP service (huisartsenpost).
step-huisarts-soon-helper = Also talk to the other person's GP. In the evening and at the weekend, call the out-of-hours GP service (huisartsenpost).

step-debt-sign-up = Call or email debt help. You can also come to the walk-in hours (spreekuur).
step-debt-intake = Within { $term } you have a first meeting (intakegesprek).
step-debt-intake-helper = Within { $term } the other person has a first meeting (intakegesprek).
step-debt-threat-later = Do you have to leave your home after all, or will they cut something off? Say so straight away.
step-debt-threat-later-helper = Does the other person have to leave their home after all, or will they cut something off? Say so straight away.
step-debt-say-urgent = Say straight away what may happen. Bring the letter about it.
step-debt-intake-urgent = Then you have a first meeting (intakegesprek) within { $term }.
step-debt-intake-urgent-helper = Then the other person has a first meeting (intakegesprek) within { $term }.
step-debt-decision = After that you get a letter with the decision. That usually takes about { $term }.
step-debt-decision-helper = After that the other person gets a letter with the decision. That usually takes about { $term }.
step-debt-cost = This help usually costs you nothing. Feel free to ask.
step-debt-cost-helper = This help usually costs the other person nothing. Feel free to ask.

step-uwv-ww = Ask UWV for unemployment benefit (WW-uitkering). You can do this on werk.nl.
step-ww-too-low = Do you get no WW, or is it too little? Then the municipality can help.
step-ww-too-low-helper = Does the other person get no WW, or is it too little? Then the municipality can help.
step-dismissal-advice = Do you disagree with your dismissal? The Juridisch Loket (legal advice desk) can give you advice.
step-dismissal-advice-helper = Does the other person disagree with the dismissal? The Juridisch Loket (legal advice desk) can give advice.
step-toeslagen-check = Check if you can get allowances from the government (toeslagen). The social advisers can help you.
step-toeslagen-check-helper = Check if the other person can get allowances from the government (toeslagen). The social advisers can help.

step-bijstand-sign-up = First register on werk.nl. Then the municipality will contact you.
step-bijstand-sign-up-helper = The other person first registers on werk.nl. Then the municipality will contact them.
step-money-today = Do you have no money for food or rent right now? Say so straight away.
step-money-today-helper = Does the other person have no money for food or rent right now? Say so straight away.
step-bijstand-advance = Still no decision after { $term }? Then you get an advance payment (voorschot).
step-bijstand-advance-helper = Still no decision after { $term }? Then the other person gets an advance payment (voorschot).
step-bijstand-decision = Within { $term } you get a letter with the decision.
step-bijstand-decision-helper = Within { $term } the other person gets a letter with the decision.
step-special-costs = Do you have high costs that you cannot pay? Ask about extra help for special costs (bijzondere bijstand).
step-special-costs-helper = Does the other person have high costs they cannot pay? Ask about extra help for special costs (bijzondere bijstand).
step-young-search = You are younger than 27. So first you look for work or school for { $term }.
step-young-search-helper = The other person is younger than 27. So first they look for work or school for { $term }.
step-young-rule-may-change = This rule may change. Ask what the rule is now.

step-wmo-melding = You tell the municipality what you need. This is called a Wmo-melding. You get a confirmation.
step-wmo-melding-helper = The other person tells the municipality what they need. This is called a Wmo-melding. You can help with that. They get a confirmation.
step-wmo-own-plan = Do you want to write your own plan? You can. You have { $term } to do it (persoonlijk plan).
step-wmo-own-plan-helper = Does the other person want to write their own plan? They can. There are { $term } to do it (persoonlijk plan).
step-wmo-talk = Within { $term } someone talks with you, often at your home (keukentafelgesprek).
step-wmo-talk-helper = Within { $term } someone talks with the other person, often at their home (keukentafelgesprek).
step-wmo-talk-adaptation = Within { $term } someone talks with you. Sometimes an occupational therapist (ergotherapeut) comes too.
step-wmo-talk-adaptation-helper = Within { $term } someone talks with the other person. Sometimes an occupational therapist (ergotherapeut) comes too.
step-wmo-bring-someone = You can bring someone to the meeting. For example family or a client supporter (cliëntondersteuner).
step-wmo-bring-someone-helper = The other person can bring someone to the meeting. For example you, or a client supporter (cliëntondersteuner).
step-wmo-report = After that you get a written report. Is something wrong in it? Then say so.
step-wmo-report-helper = After that the other person gets a written report. Is something wrong in it? Then say so.
step-wmo-decision = Do you ask for help? Then within { $term } you get a letter with the decision (beschikking).
step-wmo-decision-helper = Does the other person ask for help? Then within { $term } they get a letter with the decision (beschikking).
step-wmo-urgent = Is it urgent? Say so straight away. Then you can get temporary help quickly.
step-wmo-cost = For most help you pay a fixed amount per month (eigen bijdrage). The CAK sends the bill.
step-wmo-cost-helper = For most help the other person pays a fixed amount per month (eigen bijdrage). The CAK sends the bill.
step-wmo-delivery = After that it still takes a while. A wheelchair or building work takes time.
step-rented-home = Do you rent your home? Then tell your landlord too.
step-rented-home-helper = Does the other person rent their home? Then tell the landlord too.
step-objection = Do you disagree with the decision? Tell them within { $term } (bezwaar maken).
step-objection-helper = Does the other person disagree with the decision? Tell them within { $term } (bezwaar maken).

step-jeugd-talk = First you have a talk, often with the whole family.
step-jeugd-talk-helper = First there is a talk, often with the whole family.
step-jeugd-plan = Together you make a plan for your family (gezinsplan).
step-jeugd-plan-helper = Together the family makes a plan (gezinsplan).
step-jeugd-decision = Is special help for your child needed (jeugdhulp)? Then within { $term } you get a letter with the decision.
step-jeugd-decision-helper = Is special help for the child needed (jeugdhulp)? Then within { $term } the family gets a letter with the decision.
step-jeugd-urgent = Is it urgent? Say so. Then help comes straight away.
step-jeugd-huisarts = Your GP can also send you straight to help for children (jeugdhulp).
step-jeugd-huisarts-helper = The GP can also send the family straight to help for children (jeugdhulp).

step-carer-contact = Contact the support centre (steunpunt). They listen and help you think things through.
step-carer-contact-helper = Contact the support centre (steunpunt). They listen and help think things through.
step-carer-break = Do you need a rest? Ask for someone to take over the care for a while (respijtzorg).
step-carer-break-helper = Does the other person need a rest? Ask for someone to take over the care for a while (respijtzorg).
step-carer-wmo = Does the other person need more help? Tell the municipality. Within { $term } there is a meeting.
step-carer-wmo-helper = Does the person being cared for need more help? Tell the municipality. Within { $term } there is a meeting.
step-carer-thanks = Every year the municipality thanks carers (mantelzorgwaardering). The support centre tells you how.
step-carer-thanks-helper = Every year the municipality thanks carers (mantelzorgwaardering). The support centre tells how.

step-welzijn-contact = Call or walk in at the local welfare service (welzijnswerk). Most activities have no waiting list.
step-welzijn-visit = Someone calls you back or comes to see you.
step-welzijn-visit-helper = Someone calls back or comes to see the other person.
step-talk-now = Do you want to talk to someone now? De Luisterlijn (a listening line) is there day and night.
step-talk-now-helper = Does the other person want to talk to someone now? De Luisterlijn (a listening line) is there day and night.
step-feeling-down = Do you often feel low? Also talk about it with your GP.
step-feeling-down-helper = Does the other person often feel low? Also talk about it with the GP.
step-ending-life-113 = Are you thinking about suicide? Then call or chat with 113.
step-ending-life-113-helper = Is the other person thinking about suicide? Then call or chat with 113 together.
step-taking-part-choose = Together you look at what suits you. For example volunteering, a course or an activity.
step-taking-part-choose-helper = Together you look at what suits the other person. For example volunteering, a course or an activity.
step-day-activities = Do you need more help to do something in the day? Ask the municipality about day activities (dagbesteding).
step-day-activities-helper = Does the other person need more help to do something in the day? Ask the municipality about day activities (dagbesteding).

step-raadslieden-contact = Make an appointment with the social advisers (sociaal raadslieden). Or come to the walk-in hours (spreekuur).
step-raadslieden-read = You read the letter together. They explain what you need to do.
step-raadslieden-read-helper = You read the letter together. They explain what needs to happen.
step-letter-date = Is there a date in the letter? Then don't wait too long.
step-objection-deadline = You have { $term } to object. You count from the date on the letter.
step-objection-deadline-helper = The other person has { $term } to object. Count from the date on the letter.
step-objection-write = The social advisers help you write the letter.
step-objection-write-helper = The social advisers help with writing the letter.
step-objection-call = The municipality often calls you first. Then you talk about it together.
step-objection-call-helper = The municipality often calls the other person first. Then they talk about it together.
step-objection-legal = Is it about a lot of money, or a court case? Ask the Juridisch Loket for advice.

step-huisarts-first = Make an appointment with your own GP.
step-huisarts-first-helper = Make an appointment with the other person's GP.
step-huisartsenpost-call-first = Is it urgent, in the evening or at the weekend? Call the out-of-hours GP service (huisartsenpost). Do not go there without calling first.
step-wijkteam-more = Is more going on, like money or loneliness? The neighbourhood team can help you further.
step-wijkteam-more-helper = Is more going on, like money or loneliness? The neighbourhood team can help further.

step-meldpunt-call = Call the reporting line. Tell them what you see and where.
step-meldpunt-forward = The reporting line passes your report on to the other person's municipality. They look at what is needed.
step-abuse-veilig-thuis = Do you think someone is hurting or abusing the other person? Then call Veilig Thuis.

step-one-talk = You have one meeting about everything that is going on.
step-one-talk-helper = The other person has one meeting about everything that is going on.
step-one-plan = Together you make one plan. You get one contact person who stays the same.
step-one-plan-helper = Together you make one plan. The other person gets one contact person who stays the same.
step-tell-once = You only have to tell your story once.
step-tell-once-helper = The other person only has to tell their story once.
step-bring-in-desks = The neighbourhood team brings in other help for you.
step-several-debt-urgent = Do you have to leave your home, or will they cut something off? Say so straight away. Then you have a meeting about your debts within { $term }.
step-several-debt-urgent-helper = Does the other person have to leave their home, or will they cut something off? Say so straight away. Then there is a meeting about the debts within { $term }.
step-several-wmo = Do you need help at home? Then you have a meeting within { $term }, often at your home.
step-several-wmo-helper = Does the other person need help at home? Then there is a meeting within { $term }, often at their home.

step-gemeente-listens = Call the municipality. They listen and find out with you who can help you.
step-gemeente-listens-helper = Call the municipality. They listen and find out who can help the other person.
step-gemeente-walk-in = You can also come to the walk-in hours (spreekuur).
step-gemeente-walk-in-helper = You can also come together to the walk-in hours (spreekuur).

step-no-news-call = No news after { $term }? Then call them yourself.
step-no-news-call-helper = No news after { $term }? Then call them yourselves.
step-may-take-longer = Sometimes it takes longer than the law says. Then feel free to ask how things are going.


## What to bring

bring-id = Your identity document (passport, identity card or driving licence)
bring-id-helper = The other person's identity document (passport, identity card or driving licence)
bring-debt-letters = All letters about your debts, also reminders and letters from the bailiff (deurwaarder)
bring-debt-letters-helper = All letters about the debts, also reminders and letters from the bailiff (deurwaarder)
bring-income-proof = Your payslip or the letter about your benefit
bring-income-proof-helper = The other person's payslip, or the letter about their benefit
bring-bank-statements = Your bank statements for the last 3 months
bring-bank-statements-helper = The other person's bank statements for the last 3 months
bring-rent-contract = Your rental contract
bring-rent-contract-helper = The other person's rental contract
bring-rent-mortgage = Your rental contract or your mortgage papers
bring-rent-mortgage-helper = The other person's rental contract or mortgage papers
bring-work-papers = Your dismissal letter or your employment contract
bring-work-papers-helper = The other person's dismissal letter or employment contract
bring-household-income = What everyone in your home earns
bring-household-income-helper = What everyone in the other person's home earns
bring-savings = An overview of your savings
bring-savings-helper = An overview of the other person's savings
bring-what-is-hard = What you can no longer manage, and since when
bring-medicine-list = Your list of medicines or letters from your doctor, if you have them
bring-medicine-list-helper = The list of medicines or letters from the doctor, if the other person has them
bring-who-helps = Who helps you now, for example family or neighbours
bring-who-helps-helper = Who helps the other person now, for example family or neighbours
bring-own-plan = Your own plan, if you want to write one
bring-own-plan-helper = The other person's own plan, if they want to write one
bring-what-cannot = What you can no longer do at home or outside
bring-what-cannot-helper = What the other person can no longer do at home or outside
bring-medical-info = Letters from your doctor, if you have them
bring-medical-info-helper = Letters from the doctor, if the other person has them
bring-landlord = Do you rent? The name and phone number of your landlord
bring-landlord-helper = Does the other person rent? The name and phone number of the landlord
bring-photos = Measurements or photos of your home, if you have them
bring-photos-helper = Measurements or photos of the home, if there are any
bring-what-worries = What worries you, and since when
bring-what-worries-helper = What is worrying, and since when
bring-school-doctor = Names of the school, the GP or the youth doctor (jeugdarts)
bring-earlier-reports = Earlier reports or letters, if you have them
bring-earlier-reports-helper = Earlier reports or letters, if there are any
bring-care-tasks = Everything you do, and how many hours a week
bring-care-tasks-helper = Everything the other person does, and how many hours a week
bring-who-else-helps = Who else helps
bring-what-you-need = What you need: rest, practical help or someone to talk to
bring-what-you-need-helper = What the other person needs: rest, practical help or someone to talk to
bring-nothing-needed = You don't need to bring anything.
bring-nothing-needed-helper = Nothing needs to be brought.
bring-the-letter = The letter, with the envelope. The date is on it.
bring-earlier-letters = Earlier letters about the same thing
bring-what-you-notice = What you notice, and since when
bring-what-you-notice-helper = What is noticed, and since when
bring-what-you-saw = What you saw, where and since when
bring-what-you-saw-helper = What happened, where and since when
bring-letters-you-have = The letters you have
bring-letters-you-have-helper = The letters the other person has
bring-worries-list = A short list of what worries you most
bring-worries-list-helper = A short list of what is most worrying


## Services: one short line per service

service-gemeente-contact = For all your questions to the municipality. They find out with you who can help you.
service-gemeente-contact-helper = For all questions to the municipality. They find out who can help the other person.
service-wmo-loket = Here you ask for help at home, a change to your home or transport.
service-wmo-loket-helper = Here the other person asks for help at home, a change to their home or transport.
service-wijkteams = The social neighbourhood teams help when a lot is going on at once. This number is for all neighbourhoods.
service-wijkteam-noord = The team for the Noord neighbourhood. One contact person for all your questions.
service-wijkteam-noord-helper = The team for the Noord neighbourhood. One contact person for all questions.
service-wijkteam-centrum = The team for the Centrum neighbourhood. One contact person for all your questions.
service-wijkteam-centrum-helper = The team for the Centrum neighbourhood. One contact person for all questions.
service-wijkteam-zuid = The team for the Zuid neighbourhood. One contact person for all your questions.
service-wijkteam-zuid-helper = The team for the Zuid neighbourhood. One contact person for all questions.
service-jeugd-gezin = For questions about raising children and growing up, from pregnancy to age 23.
service-werk-inkomen = For income support (bijstand), help with high costs and help finding work.
service-schuldhulp = Helps you with debts and bills. You get one contact person who stays the same.
service-schuldhulp-helper = Helps the other person with debts and bills. They get one contact person who stays the same.
service-clientondersteuning = Someone who is only on your side. They go with you to meetings and help with letters. It is free.
service-clientondersteuning-helper = Someone who is only on the other person's side. They go along to meetings and help with letters. It is free.
service-mantelzorg-steunpunt = For carers: advice, a short break and contact with other carers.
service-welzijn = Community centres, activities, a buddy and help with forms.
service-schuldhulpmaatje = A volunteer helps you with your money and your papers.
service-schuldhulpmaatje-helper = A volunteer helps the other person with money and papers.
service-voedselbank = Food when you have no money for groceries for a while.
service-voedselbank-helper = Food when the other person has no money for groceries for a while.
service-vrijwilligerscentrale = Volunteer work, a buddy or transport by volunteers.
service-sociaal-raadslieden = Free help with letters, allowances (toeslagen), taxes and objections.
# REVIEW(en): thuisarts.nl is in Dutch only; "(in Dutch)" was added so readers are not surprised.
service-huisarts = Your own GP. On thuisarts.nl (in Dutch) you can read more about your health.
service-huisarts-helper = The other person's own GP. On thuisarts.nl (in Dutch) you can read more about health.
service-huisartsenpost = Urgent care in the evening, at night and at the weekend. Always call first.
service-alarm-112 = In direct danger: police, ambulance or fire brigade.
service-zelfmoordpreventie-113 = Are you thinking about suicide? Talk about it, day and night. Free and anonymous.
service-zelfmoordpreventie-113-helper = Is the other person thinking about suicide? Talk about it, day and night. Also if you are worried. Free and anonymous.
service-veilig-thuis = For violence or abuse at home. For advice or to report it, day and night.
service-kindertelefoon = For children and young people aged 8 to 18. Call or chat.
service-geldfit = Help with money worries. You only need to give your postcode.
service-geldfit-helper = Help with money worries. You only need to give the postcode.
service-luisterlijn = Someone who listens to you, day and night.
service-luisterlijn-helper = Someone who listens, day and night. For the other person and for you.
service-mantelzorglijn = For questions from carers, on working days.
service-meldpunt-zorgwekkend-gedrag = Are you worried about someone, but it is not urgent? Call this reporting line.
service-juridisch-loket = Advice about your rights, for example about rent, dismissal or a decision.
service-juridisch-loket-helper = Advice about rights, for example about rent, dismissal or a decision.
service-cak = Questions about what you pay yourself for help from the municipality (eigen bijdrage).
service-cak-helper = Questions about what the other person pays for help from the municipality (eigen bijdrage).
service-uwv = For unemployment benefit (WW), sickness and not being able to work. You register on werk.nl.
service-uwv-helper = For unemployment benefit (WW), sickness and not being able to work. The other person registers on werk.nl.
service-ciz = For people who need care close by all the time, for example in a nursing home.


## Young people (under 18)

# REVIEW(en): new messages (youth routes, outside the municipality, urgent several problems), machine-assisted.
question-young = Are you younger than 18?
    .hint = We only ask this because there is different help for young people.
    .why = For young people under 18 there is help that suits you. You don't have to ask your parents first.
question-young-helper = Is the other person younger than 18?
    .hint = We only ask this because there is different help for young people.
    .why = For young people under 18 there is help that suits them. The young person doesn't have to ask their parents first.

outcome-young-carer = There is help for young people who care for someone at home
    .why = Do you care for your father, mother, brother or sister at home? Then you are a young carer (jonge mantelzorger). You can ask for help too.
    .helper = Ask how the young person is doing. School and friends matter too.
outcome-young-carer-helper = There is help for young people who care for someone at home
    .why = Does the young person care for a father, mother, brother or sister at home? Then they are a young carer (jonge mantelzorger). They can ask for help too.
outcome-young-worries = Talk about it with someone
    .why = Are you worried about things at home? You don't have to solve it alone. There are people who will listen to you.
    .helper = Let the young person choose who they talk to.
outcome-young-worries-helper = Talk about it with someone
    .why = Is the young person worried about things at home? They don't have to solve it alone. There are people who listen.
outcome-young-money = There is help with money worries for young people
    .why = Money worries are hard, also when you are young. The youth work service (jongerenwerk) helps you for free.
    .helper = Look at the letters together. Don't try to work everything out alone.
outcome-young-money-helper = There is help with money worries for young people
    .why = Money worries are hard, also for young people. The youth work service (jongerenwerk) helps the young person for free.

step-young-carer-contact = Call or email the carers' support centre (steunpunt mantelzorg). Say that you are younger than 18. They have someone for young people.
step-young-carer-contact-helper = Call or email the carers' support centre (steunpunt mantelzorg). Say that the young person is younger than 18. They have someone for young people.
step-young-talk-now = Do you want to talk to someone now? Call or chat with the Kindertelefoon for free. You don't have to give your name.
step-young-talk-now-helper = Does the young person want to talk to someone now? Calling or chatting with the Kindertelefoon is free. No name is needed.
step-young-own-choice = You choose yourself whether you tell your parents that you are asking for help.
step-young-own-choice-helper = The young person chooses whether to tell their parents about the help.
step-young-school = You can also tell someone at school, like your mentor.
step-young-school-helper = The young person can also tell someone at school, like their mentor.
step-young-not-alone = Many young people help with care at home. You are not the only one.
step-young-not-alone-helper = Many young people help with care at home. The young person is not the only one.
step-young-cjg = The Centrum voor Jeugd en Gezin (CJG) helps young people and families. You can call them yourself.
step-young-cjg-helper = The Centrum voor Jeugd en Gezin (CJG) helps young people and families. The young person can call them too.
step-young-unsafe-home = Is it not safe at home? Call Veilig Thuis: 0800-2000. You can do that when you are young too.
step-young-unsafe-home-helper = Is it not safe at home? Call Veilig Thuis: 0800-2000. The young person can also call them.
step-young-money-talk = Talk about your money worries with someone you trust.
step-young-money-talk-helper = The young person can talk about the money worries with someone they trust.
step-young-money-jongerenwerk = The youth work service (jongerenwerk) helps you for free with your money and your letters.
step-young-money-jongerenwerk-helper = The youth work service (jongerenwerk) helps the young person for free with money and letters.
step-young-money-geldfit = You can also call Geldfit without giving your name.

service-jongerenwerk = For young people: a place to talk, activities and help with money and papers.


## Postcode outside the municipality

outcome-outside-gemeente = You do not live in this municipality
    .why = Your postcode does not belong to this municipality. Your own municipality can help you. National helplines help you wherever you live.
outcome-outside-gemeente-helper = The other person does not live in this municipality
    .why = The postcode does not belong to this municipality. The other person's own municipality can help. National helplines help everywhere.
step-outside-not-here = The help on this website is only for people who live in this municipality.
step-outside-call-14 = Call your own municipality: 14 and then the area code of your town. For example 14 020 in Amsterdam.
step-outside-call-14-helper = Call the other person's municipality: 14 and then the area code of their town. For example 14 020 in Amsterdam.
step-outside-find = Don't know which municipality you belong to? Look up your postcode on overheid.nl.
step-outside-find-helper = Don't know which municipality the other person belongs to? Look up the postcode on overheid.nl.
step-outside-national = The helplines below help you, wherever you live.
step-outside-national-helper = The helplines below help, wherever the other person lives.

service-eigen-gemeente = Use your postcode to find which municipality you belong to.
service-eigen-gemeente-helper = Use the postcode to find which municipality the other person belongs to.


## A lot at once, and it is urgent

outcome-several-problems-urgent = One team helps you with everything. It is urgent.
    .why = Is a lot going on at once, and is something serious about to happen to your home or your money? Then the social neighbourhood team (sociaal wijkteam) helps you fast.
    .helper = Say straight away what may happen. Take the letters with you.
outcome-several-problems-urgent-helper = One team helps the other person with everything. It is urgent.
    .why = Is a lot going on at once, and is something serious about to happen to the other person's home or money? Then the social neighbourhood team (sociaal wijkteam) helps fast.
step-several-say-urgent = Call today. Say straight away what may happen, like having to leave your home or being cut off.
step-several-say-urgent-helper = Call today. Say straight away what may happen, like having to leave the home or being cut off.


# REVIEW(en): machine-assisted; check with a native speaker
question-danger-now = Is it unsafe at home right now, for you or for a child?
    .hint = For example: someone hits you, threatens you or hurts you.
    .why = We ask everyone who has a lot going on. Is it unsafe? Then we show you the right help at once.
question-danger-now-helper = Is it unsafe at home right now, for the other person or for a child?
    .hint = For example: someone hits, threatens or hurts the other person.


## Glossary: hard words explained where a resident first meets them
# glossary-<term> = <word>: <explanation>. Before the colon: the word as it appears in THIS
# language's texts (another form of it gets an entry of its own). The widget puts the explanation in brackets
# after the first use on a screen. Short, plain, no "you" (so it fits every form), no other hard
# words. A Dutch term already in brackets after the plain words, "(toeslagen)", counts as explained.
# REVIEW(en): the explanations are new; please check them.

glossary-wmo = Wmo: the law for help to keep living at home
glossary-uwv = UWV: the national agency for work and benefits
glossary-ww = WW: money for a while after losing a job
glossary-cak = CAK: the agency that sends the bill for help from the municipality
glossary-ciz = CIZ: the agency that decides if someone needs care close by all the time
glossary-dagbesteding = dagbesteding: things to do in the daytime with others, with support
glossary-bijzondere-bijstand = bijzondere bijstand: extra money from the municipality for high costs
glossary-toeslagen = toeslagen: money from the government towards rent, health insurance or children
glossary-ergotherapeut = ergotherapeut: someone who helps people do daily things themselves again
glossary-ervaringsdeskundige = ervaringsdeskundige: someone who has been through the same thing
glossary-gp = GP: family doctor
