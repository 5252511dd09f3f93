# Wegwijzer: Dutch resident text for the default configuration (config/voorbeeldgemeente.json).
#
# Taalniveau B1, je-vorm. Korte zinnen (streef: 12 woorden of minder), één boodschap per zin,
# actieve zinnen. Een officieel woord staat één keer tussen haakjes, omdat mensen het in
# brieven tegenkomen. Telefoonnummers en namen van loketten staan in de configuratie, niet hier.
#
# Ids (de UI zoekt ze zo op):
#   question-<vraag> (+ .hint, .why), question-<vraag>-helper, option-<vraag>-<optie> (+ .hint),
#   outcome-<advies> (+ .why, .helper), step-<stap> (met { $term }), bring-<item>, service-<dienst>.
# Een gemeente past teksten aan met een eigen overlay-bestand (bijvoorbeeld "wijkteam" -> "buurtteam").


## Termijnen. $unit is hours, days, working-days of weeks.

duration = { $unit ->
    [hours] { $amount } uur
    [days] { $amount ->
        [one] 1 dag
       *[other] { $amount } dagen
    }
    [working-days] { $amount ->
        [one] 1 werkdag
       *[other] { $amount } werkdagen
    }
   *[weeks] { $amount ->
        [one] 1 week
       *[other] { $amount } weken
    }
}


## Vraag: waar wil je hulp bij?

question-topic = Waar wil je hulp bij?
    .hint = Je mag meer dan één ding kiezen.
    .why = Zo weten we waar je het best terecht kunt. Je antwoorden blijven op je eigen apparaat.
question-topic-helper = Waar wil de ander hulp bij?
    .hint = Je mag meer dan één ding kiezen.
    .why = Zo weten we waar de ander het best terecht kan. De antwoorden blijven op dit apparaat.

option-topic-money = Geld en rekeningen
    .hint = schulden, rekeningen die je niet kunt betalen
option-topic-money-helper = Geld en rekeningen
    .hint = schulden, rekeningen die de ander niet kan betalen
option-topic-work-income = Werk of inkomen
    .hint = werk kwijt, geen of te weinig inkomen
option-topic-home = Thuis en in huis
    .hint = huishouden, je huis aanpassen
option-topic-home-helper = Thuis en in huis
    .hint = huishouden, het huis aanpassen
option-topic-health = Je gezondheid en hoe je je voelt
    .hint = lichaam, hoofd, alcohol of drugs
option-topic-health-helper = Gezondheid en hoe de ander zich voelt
option-topic-children = Kinderen en opvoeden
    .hint = zorgen over je kind
option-topic-children-helper = Kinderen en opvoeden
    .hint = zorgen over een kind
option-topic-caring = Zorgen voor iemand anders
    .hint = je zorgt voor een ouder, partner of kind
option-topic-caring-helper = Zorgen voor iemand anders
    .hint = de ander zorgt voor een ouder, partner of kind
option-topic-alone = Je alleen voelen
    .hint = weinig contact met anderen
option-topic-alone-helper = Zich alleen voelen
option-topic-safety = Veilig zijn thuis
    .hint = geweld, bedreiging of angst thuis
option-topic-taking-part = Meedoen
    .hint = iets doen overdag, vrijwilligerswerk, leren
option-topic-letters = Brieven en formulieren
    .hint = een brief snappen, het niet eens zijn met een besluit
option-topic-dont-know = Veel tegelijk / ik weet het niet
    .hint = één team helpt je met alles
option-topic-dont-know-helper = Veel tegelijk / nog niet duidelijk
    .hint = één team helpt met alles


## Vraag: dreigt er iets bij schulden?

question-debt-threat = Moet je misschien je huis uit? Of gaan ze gas, licht of water afsluiten?
    .hint = Kies ook ja als je zorgverzekering stopt.
    .why = Dan moet de gemeente je sneller helpen. Je krijgt dan binnen een paar dagen een gesprek.
question-debt-threat-helper = Moet de ander misschien het huis uit? Of gaan ze gas, licht of water afsluiten?
    .hint = Kies ook ja als de zorgverzekering van de ander stopt.
    .why = Dan moet de gemeente de ander sneller helpen. De ander krijgt dan binnen een paar dagen een gesprek.


## Vraag: werk of inkomen

question-income-situation = Wat past het best bij jouw werk of inkomen?
    .why = Voor werkloosheid ga je eerst naar UWV. Voor bijstand ga je naar de gemeente.
question-income-situation-helper = Wat past het best bij het werk of inkomen van de ander?
    .why = Voor werkloosheid gaat de ander eerst naar UWV. Voor bijstand gaat de ander naar de gemeente.

option-income-situation-lost-job = Ik ben mijn werk kwijt, of ik raak het kwijt
option-income-situation-lost-job-helper = De ander is het werk kwijt, of raakt het kwijt
option-income-situation-no-income = Ik heb geen inkomen, of te weinig om van te leven
option-income-situation-no-income-helper = De ander heeft geen inkomen, of te weinig om van te leven
option-income-situation-other = Iets anders
    .hint = de gemeente denkt met je mee
option-income-situation-other-helper = Iets anders
    .hint = de gemeente denkt met jullie mee

question-under-27 = Ben je jonger dan 27 jaar?
    .why = Voor jongeren onder de 27 geldt een extra regel bij bijstand.
question-under-27-helper = Is de ander jonger dan 27 jaar?


## Vraag: thuis en in huis

question-home-need = Waar heb je thuis hulp bij nodig?
    .why = Dan weten we welke hulp bij je past.
question-home-need-helper = Waar heeft de ander thuis hulp bij nodig?
    .why = Dan weten we welke hulp bij de ander past.

option-home-need-household = Het huishouden of mezelf verzorgen lukt niet meer
    .hint = bijvoorbeeld schoonmaken, wassen of aankleden
option-home-need-household-helper = Het huishouden of zichzelf verzorgen lukt de ander niet meer
option-home-need-adaptation = Een aanpassing in huis, een rolstoel of vervoer
    .hint = bijvoorbeeld een traplift of een taxi naar de winkel
option-home-need-other = Iets anders
    .hint = de gemeente denkt met je mee
option-home-need-other-helper = Iets anders
    .hint = de gemeente denkt met jullie mee


## Vraag: gezondheid

question-health-need = Wat past het best bij hoe het met je gaat?
    .why = Gaat het heel slecht? Dan wijzen we je meteen de snelste hulp.
question-health-need-helper = Wat past het best bij hoe het met de ander gaat?

option-health-need-crisis = Het gaat heel slecht met me. Ik denk aan zelfdoding.
option-health-need-crisis-helper = Het gaat heel slecht met de ander. Hij of zij denkt aan zelfdoding.
option-health-need-unwell = Ik voel me niet goed, in mijn lichaam of in mijn hoofd
    .hint = ook bij problemen met alcohol, drugs of gokken
option-health-need-unwell-helper = De ander voelt zich niet goed, in het lichaam of in het hoofd
option-health-need-someone-else = Ik maak me zorgen om iemand anders
    .hint = bijvoorbeeld een buur die in de war is
option-health-need-someone-else-helper = Je maakt je zorgen, maar de ander vraagt zelf geen hulp
    .hint = bijvoorbeeld omdat de ander in de war is


## Vraag: kinderen

question-child-safety = Maak je je zorgen of je kind veilig is?
    .hint = Bijvoorbeeld: iemand slaat je kind, of er is veel geweld thuis.
    .why = Is je kind niet veilig? Dan wijzen we je meteen de juiste hulp.
question-child-safety-helper = Maak je je zorgen of het kind veilig is?
    .hint = Bijvoorbeeld: iemand slaat het kind, of er is veel geweld thuis.
    .why = Is het kind niet veilig? Dan wijzen we je meteen de juiste hulp.


## Vraag: brieven

question-letter-kind = Wat is er met de brief?
    .why = Dan weten we of er een datum is waar je op moet letten.
question-letter-kind-helper = Wat is er met de brief van de ander?

option-letter-kind-understand = Ik snap een brief of formulier niet
option-letter-kind-understand-helper = De ander snapt een brief of formulier niet
option-letter-kind-disagree = Ik ben het niet eens met een besluit
option-letter-kind-disagree-helper = De ander is het niet eens met een besluit


## Vraag: de wondervraag (mag je overslaan)

question-own-words = Wat wil je dat er verandert?
    .hint = Schrijf het op in je eigen woorden. Je mag deze vraag overslaan.
    .why = Zo weet je zelf wat je belangrijk vindt. Neem het mee naar je gesprek. Wij sturen het nergens heen.
question-own-words-helper = Wat wil de ander dat er verandert?
    .hint = Schrijf het samen op, in de woorden van de ander. Je mag deze vraag overslaan.
    .why = Zo weet je wat de ander belangrijk vindt. Neem het mee naar het gesprek. Wij sturen het nergens heen.


## Vraag: postcode (mag je overslaan)

question-postcode = Wat is je postcode?
    .hint = Je huisnummer mag je ook invullen. Dat hoeft niet.
    .why = Dan zoeken we het team bij jou in de buurt. Je postcode blijft op je eigen apparaat.
question-postcode-helper = Wat is de postcode van de ander?
    .hint = Het huisnummer mag je ook invullen. Dat hoeft niet.
    .why = Dan zoeken we het team bij de ander in de buurt. De postcode blijft op dit apparaat.


## Crisisadviezen
# Deze teksten zitten altijd in de widget (build.rs); de rest van de Nederlandse
# teksten laadt na de eerste vraag (ADR 0011). De regels bij de diensten ook: een
# kaart zonder die regel toont naam, nummer en tijden.

outcome-unsafe-at-home = Ben je nu in gevaar? Bel 112.
    .why = Je veiligheid gaat voor alles. Ben je niet in direct gevaar? Bel dan Veilig Thuis. Je mag anoniem bellen.
    .helper = Stel geen vragen die de ander niet wil beantwoorden. Laat de ander zelf bellen, of bel samen.
outcome-unsafe-at-home-helper = Is er nu gevaar? Bel 112.
    .why = Veiligheid gaat voor alles. Is er geen direct gevaar? Bel dan Veilig Thuis. Je mag anoniem bellen.
outcome-mental-crisis = Praat er nu over met 113
    .why = Je hoeft dit niet alleen te dragen. Bij 113 luisteren ze naar je, dag en nacht. Het is gratis en anoniem.
    .helper = Blijf bij de ander. Bel samen, of laat de ander chatten. Is er direct gevaar? Bel 112.
outcome-mental-crisis-helper = Praat er nu samen over met 113
    .why = De ander hoeft dit niet alleen te dragen. Jij ook niet. Bij 113 luisteren ze, dag en nacht. Het is gratis en anoniem.
outcome-child-unsafe = Is je kind nu in gevaar? Bel 112.
    .why = De veiligheid van je kind gaat voor alles. Veilig Thuis weet wat je kunt doen.
    .helper = Bel samen met Veilig Thuis. Je mag ook bellen als je het niet zeker weet.
outcome-child-unsafe-helper = Is het kind nu in gevaar? Bel 112.
    .why = De veiligheid van het kind gaat voor alles. Veilig Thuis weet wat je kunt doen.

step-danger-call-112 = Ben je nu in gevaar? Bel 112.
step-danger-call-112-helper = Is er nu gevaar? Bel 112.
step-veilig-thuis-call = Bel Veilig Thuis. Ze zijn er dag en nacht. Je mag anoniem bellen.
step-veilig-thuis-helps = Veilig Thuis geeft advies. Als jij dat wilt, regelen ze hulp.
step-veilig-thuis-helps-helper = Veilig Thuis geeft advies. Als de ander dat wil, regelen ze hulp.
step-safe-place = Kun je niet thuis blijven? Veilig Thuis zoekt met je naar een veilige plek (opvang).
step-safe-place-helper = Kan de ander niet thuis blijven? Veilig Thuis zoekt mee naar een veilige plek (opvang).
step-veilig-thuis-child = Bel Veilig Thuis. Ze denken met je mee over je kind.
step-veilig-thuis-child-helper = Bel Veilig Thuis. Ze denken met je mee over het kind.
step-child-can-call = Je kind kan ook zelf de Kindertelefoon bellen of chatten. Dat is gratis.
step-child-can-call-helper = Het kind kan ook zelf de Kindertelefoon bellen of chatten. Dat is gratis.
step-call-113-now = Bel of chat nu met 113. Het is gratis en anoniem.
step-no-forms = Je hoeft niets in te vullen.
step-no-forms-helper = Jullie hoeven niets in te vullen.
step-huisarts-soon = Praat ook met je huisarts. 's Avonds en in het weekend bel je de huisartsenpost.
step-huisarts-soon-helper = Praat ook met de huisarts van de ander. 's Avonds en in het weekend bel je de huisartsenpost.


## Adviezen


outcome-debt-help = Schuldhulp kan je helpen
    .why = Elke gemeente moet hulp bij schulden geven. Hoe eerder je begint, hoe beter.
    .helper = Help met het verzamelen van de brieven. Een vrijwilliger van SchuldHulpMaatje kan meegaan.
outcome-debt-help-helper = Schuldhulp kan de ander helpen
    .why = Elke gemeente moet hulp bij schulden geven. Hoe eerder de ander begint, hoe beter.

outcome-debt-help-urgent = Bel snel met schuldhulp
    .why = Er dreigt iets ernstigs: je huis, je gas, licht of water, of je zorgverzekering. Dan moet de gemeente je extra snel helpen.
    .helper = Bel samen, vandaag nog. Zeg meteen wat er dreigt en houd de brief bij de hand.
outcome-debt-help-urgent-helper = Bel snel met schuldhulp
    .why = Er dreigt iets ernstigs: het huis, gas, licht of water, of de zorgverzekering van de ander. Dan moet de gemeente extra snel helpen.

outcome-job-loss = Ga eerst naar UWV
    .why = Ben je je werk kwijt? Dan krijg je misschien een WW-uitkering. Die regel je bij UWV, niet bij de gemeente.
    .helper = Help met inloggen op werk.nl. Kijk samen of de WW genoeg is om van te leven.
outcome-job-loss-helper = Ga eerst naar UWV
    .why = Is de ander het werk kwijt? Dan krijgt hij of zij misschien een WW-uitkering. Die regelt de ander bij UWV, niet bij de gemeente.

outcome-income-support = De gemeente kan je helpen met bijstand
    .why = Heb je geen of te weinig inkomen? Dan kun je de gemeente om bijstand vragen.
    .helper = Vraag samen naar een voorschot als er nu geen geld is. Dat is een recht.
outcome-income-support-helper = De gemeente kan de ander helpen met bijstand
    .why = Heeft de ander geen of te weinig inkomen? Dan kan hij of zij de gemeente om bijstand vragen.

outcome-income-support-young = De gemeente kan je helpen met bijstand
    .why = Heb je geen of te weinig inkomen? Dan kun je de gemeente om bijstand vragen. Voor jongeren geldt een extra regel.
    .helper = Zoek samen naar werk of een opleiding. Schrijf op wat je doet. Dat helpt bij de aanvraag.
outcome-income-support-young-helper = De gemeente kan de ander helpen met bijstand
    .why = Heeft de ander geen of te weinig inkomen? Dan kan hij of zij de gemeente om bijstand vragen. Voor jongeren geldt een extra regel.
    .helper = Zoek samen naar werk of een opleiding. Schrijf op wat de ander doet. Dat helpt bij de aanvraag.

outcome-wmo-household = De gemeente kan je helpen thuis
    .why = Lukt het huishouden of jezelf verzorgen niet meer? Dan kan de gemeente kijken welke hulp bij je past.
    .helper = Ga mee naar het gesprek. Een cliëntondersteuner kan ook mee. Dat is gratis.
outcome-wmo-household-helper = De gemeente kan de ander thuis helpen
    .why = Lukt het huishouden of zichzelf verzorgen de ander niet meer? Dan kijkt de gemeente welke hulp past.

outcome-wmo-adaptation = De gemeente kan je helpen met een aanpassing
    .why = Heb je een aanpassing in huis nodig? Of een rolstoel of vervoer? De gemeente kan helpen.
    .helper = Maak samen foto's van wat thuis moeilijk gaat. Dat helpt in het gesprek.
outcome-wmo-adaptation-helper = De gemeente kan de ander helpen met een aanpassing
    .why = Heeft de ander een aanpassing in huis nodig? Of een rolstoel of vervoer? De gemeente kan helpen.

outcome-child-worry = Praat over je zorgen om je kind
    .why = Het Centrum voor Jeugd en Gezin helpt ouders en kinderen. Je bent er welkom met elke vraag.
    .helper = Neem de zorgen serieus. Ga samen naar het eerste gesprek als de ouder dat wil.
outcome-child-worry-helper = Praat over de zorgen om het kind
    .why = Het Centrum voor Jeugd en Gezin helpt ouders en kinderen. Iedereen is er welkom met elke vraag.


outcome-carer-support = Er is hulp voor mantelzorgers
    .why = Zorg je voor iemand? Dan ben je mantelzorger. Jij mag ook hulp vragen.
    .helper = Vraag hoe het met de mantelzorger zelf gaat. Vaak wordt dat vergeten.
outcome-carer-support-helper = Er is hulp voor mantelzorgers
    .why = Zorgt de ander voor iemand? Dan is hij of zij mantelzorger. De ander mag ook hulp vragen.

outcome-loneliness = Er zijn mensen bij jou in de buurt
    .why = Veel mensen voelen zich soms alleen. In de buurt kun je anderen ontmoeten.
    .helper = Ga de eerste keer mee naar een activiteit. Dat maakt de stap kleiner.
outcome-loneliness-helper = Er zijn mensen bij de ander in de buurt
    .why = Veel mensen voelen zich soms alleen. In de buurt kan de ander mensen ontmoeten.

outcome-taking-part = Doe mee in de buurt
    .why = Iets doen overdag geeft rust en contact. Het welzijnswerk helpt je iets te vinden dat bij je past.
    .helper = Vraag wat de ander leuk vindt of goed kan. Begin klein.
outcome-taking-part-helper = Meedoen in de buurt
    .why = Iets doen overdag geeft rust en contact. Het welzijnswerk helpt de ander iets te vinden dat past.

outcome-letter-help = Laat de brief samen lezen
    .why = De sociaal raadslieden helpen gratis met brieven en formulieren.
    .helper = Kijk samen naar de datum op de brief. Wacht niet te lang.

outcome-objection-help = Je mag laten weten dat je het niet eens bent
    .why = Ben je het niet eens met een besluit? Dan kun je bezwaar maken. Daar is een termijn voor.
    .helper = Let op de datum op de brief. Help met het schrijven, of ga samen naar de raadslieden.
outcome-objection-help-helper = De ander mag laten weten dat hij of zij het niet eens is
    .why = Is de ander het niet eens met een besluit? Dan kan hij of zij bezwaar maken. Daar is een termijn voor.

outcome-health-support = Praat met je huisarts en het wijkteam
    .why = Je huisarts helpt met je gezondheid. Het wijkteam helpt met wat er verder speelt.
    .helper = Ga mee naar de huisarts als de ander dat wil. Schrijf samen op wat er speelt.
outcome-health-support-helper = Praat met de huisarts en het wijkteam
    .why = De huisarts helpt met de gezondheid van de ander. Het wijkteam helpt met wat er verder speelt.

outcome-worry-about-someone = Meld je zorgen over de ander
    .why = Maak je je zorgen om iemand, maar is het niet acuut? Dan kun je het meldpunt bellen.
    .helper = Schrijf op wat je zag, waar en wanneer. Dat helpt het meldpunt.

outcome-several-problems = Eén team helpt je met alles
    .why = Speelt er veel tegelijk? Dan helpt het sociaal wijkteam je. Je hoeft je verhaal maar één keer te doen.
    .helper = Maak samen een lijstje van wat het meest zorgen geeft. Een ervaringsdeskundige kan ook helpen.
outcome-several-problems-helper = Eén team helpt de ander met alles
    .why = Speelt er veel tegelijk? Dan helpt het sociaal wijkteam de ander. Hij of zij hoeft het verhaal maar één keer te doen.

outcome-ask-gemeente = Bel de gemeente
    .why = De gemeente luistert naar je vraag. Ze zoeken samen met jou de juiste hulp.
    .helper = Bel samen. Schrijf de vraag vooraf op.
outcome-ask-gemeente-helper = Bel de gemeente
    .why = De gemeente luistert naar de vraag. Ze zoeken samen met jullie de juiste hulp.


## Wat gebeurt er nu? ($term is de termijn, bijvoorbeeld "6 weken")

step-danger-now-112 = Is er nu gevaar? Bel 112.


step-debt-sign-up = Bel of mail schuldhulp. Je kunt ook langskomen op het spreekuur.
step-debt-intake = Binnen { $term } heb je een eerste gesprek (intakegesprek).
step-debt-intake-helper = Binnen { $term } heeft de ander een eerste gesprek (intakegesprek).
step-debt-threat-later = Moet je toch je huis uit, of gaan ze afsluiten? Zeg het meteen.
step-debt-threat-later-helper = Moet de ander toch het huis uit, of gaan ze afsluiten? Zeg het meteen.
step-debt-say-urgent = Zeg meteen wat er dreigt. Neem de brief erover mee.
step-debt-intake-urgent = Dan heb je binnen { $term } een eerste gesprek (intakegesprek).
step-debt-intake-urgent-helper = Dan heeft de ander binnen { $term } een eerste gesprek (intakegesprek).
step-debt-decision = Daarna krijg je een brief met het besluit. Dat duurt meestal ongeveer { $term }.
step-debt-decision-helper = Daarna krijgt de ander een brief met het besluit. Dat duurt meestal ongeveer { $term }.
step-debt-cost = Meestal kost deze hulp je niets. Vraag het gerust.
step-debt-cost-helper = Meestal kost deze hulp de ander niets. Vraag het gerust.

step-uwv-ww = Vraag bij UWV om een WW-uitkering. Dat kan via werk.nl.
step-ww-too-low = Krijg je geen WW, of is het te weinig? Dan kan de gemeente helpen.
step-ww-too-low-helper = Krijgt de ander geen WW, of is het te weinig? Dan kan de gemeente helpen.
step-dismissal-advice = Ben je het niet eens met je ontslag? Het Juridisch Loket geeft advies.
step-dismissal-advice-helper = Is de ander het niet eens met het ontslag? Het Juridisch Loket geeft advies.
step-toeslagen-check = Kijk of je recht hebt op toeslagen. De sociaal raadslieden helpen je.
step-toeslagen-check-helper = Kijk of de ander recht heeft op toeslagen. De sociaal raadslieden helpen daarbij.

step-bijstand-sign-up = Meld je eerst op werk.nl. Daarna neemt de gemeente contact met je op.
step-bijstand-sign-up-helper = De ander meldt zich eerst op werk.nl. Daarna neemt de gemeente contact op.
step-money-today = Heb je nu geen geld voor eten of huur? Zeg dat meteen.
step-money-today-helper = Heeft de ander nu geen geld voor eten of huur? Zeg dat meteen.
step-bijstand-advance = Is er na { $term } nog geen besluit? Dan krijg je een voorschot (geld vooraf).
step-bijstand-advance-helper = Is er na { $term } nog geen besluit? Dan krijgt de ander een voorschot (geld vooraf).
step-bijstand-decision = Binnen { $term } krijg je een brief met het besluit.
step-bijstand-decision-helper = Binnen { $term } krijgt de ander een brief met het besluit.
step-special-costs = Heb je hoge kosten die je niet kunt betalen? Vraag naar bijzondere bijstand.
step-special-costs-helper = Heeft de ander hoge kosten die niet te betalen zijn? Vraag naar bijzondere bijstand.
step-young-search = Je bent jonger dan 27. Dan zoek je eerst { $term } naar werk of school.
step-young-search-helper = De ander is jonger dan 27. Dan zoekt hij of zij eerst { $term } naar werk of school.
step-young-rule-may-change = Deze regel kan veranderen. Vraag wat nu geldt.

step-wmo-melding = Je vertelt de gemeente wat je nodig hebt. Dat heet een Wmo-melding. Je krijgt een bevestiging.
step-wmo-melding-helper = De ander vertelt de gemeente wat nodig is. Dat heet een Wmo-melding. Jij mag daarbij helpen. De ander krijgt een bevestiging.
step-wmo-own-plan = Wil je zelf een plan schrijven? Dat mag. Je hebt er { $term } voor (persoonlijk plan).
step-wmo-own-plan-helper = Wil de ander zelf een plan schrijven? Dat mag. Er is { $term } voor (persoonlijk plan).
step-wmo-talk = Binnen { $term } praat iemand met je, vaak bij je thuis (keukentafelgesprek).
step-wmo-talk-helper = Binnen { $term } praat iemand met de ander, vaak bij de ander thuis (keukentafelgesprek).
step-wmo-talk-adaptation = Binnen { $term } praat iemand met je. Soms komt er een ergotherapeut mee.
step-wmo-talk-adaptation-helper = Binnen { $term } praat iemand met de ander. Soms komt er een ergotherapeut mee.
step-wmo-bring-someone = Je mag iemand meenemen naar het gesprek. Bijvoorbeeld familie of een cliëntondersteuner.
step-wmo-bring-someone-helper = De ander mag iemand meenemen naar het gesprek. Bijvoorbeeld jou, of een cliëntondersteuner.
step-wmo-report = Daarna krijg je een verslag. Klopt er iets niet? Zeg het dan.
step-wmo-report-helper = Daarna krijgt de ander een verslag. Klopt er iets niet? Zeg het dan.
step-wmo-decision = Vraag je om hulp? Dan krijg je binnen { $term } een brief met het besluit (beschikking).
step-wmo-decision-helper = Vraagt de ander om hulp? Dan krijgt hij of zij binnen { $term } een brief met het besluit (beschikking).
step-wmo-urgent = Is het dringend? Zeg dat meteen. Dan kan er snel tijdelijke hulp komen.
step-wmo-cost = Voor de meeste hulp betaal je een vast bedrag per maand (eigen bijdrage). Het CAK stuurt de rekening.
step-wmo-cost-helper = Voor de meeste hulp betaalt de ander een vast bedrag per maand (eigen bijdrage). Het CAK stuurt de rekening.
step-wmo-delivery = Daarna duurt het nog even. Een rolstoel of een verbouwing kost tijd.
step-rented-home = Huur je je huis? Vertel het dan ook aan je verhuurder.
step-rented-home-helper = Huurt de ander het huis? Vertel het dan ook aan de verhuurder.
step-objection = Ben je het niet eens met het besluit? Laat het binnen { $term } weten (bezwaar maken).
step-objection-helper = Is de ander het niet eens met het besluit? Laat het binnen { $term } weten (bezwaar maken).

step-jeugd-talk = Je hebt eerst een gesprek, vaak met het hele gezin.
step-jeugd-talk-helper = Eerst is er een gesprek, vaak met het hele gezin.
step-jeugd-plan = Samen maak je een plan voor je gezin (gezinsplan).
step-jeugd-plan-helper = Samen maakt het gezin een plan (gezinsplan).
step-jeugd-decision = Is er speciale hulp nodig (jeugdhulp)? Dan krijg je binnen { $term } een brief met het besluit.
step-jeugd-decision-helper = Is er speciale hulp nodig (jeugdhulp)? Dan krijgt het gezin binnen { $term } een brief met het besluit.
step-jeugd-urgent = Is het dringend? Zeg dat. Dan komt er meteen hulp.
step-jeugd-huisarts = Je huisarts kan je ook direct doorsturen naar jeugdhulp.
step-jeugd-huisarts-helper = De huisarts kan het gezin ook direct doorsturen naar jeugdhulp.

step-carer-contact = Neem contact op met het steunpunt. Ze luisteren en denken met je mee.
step-carer-contact-helper = Neem contact op met het steunpunt. Ze luisteren en denken mee.
step-carer-break = Heb je rust nodig? Vraag naar iemand die de zorg even overneemt (respijtzorg).
step-carer-break-helper = Heeft de ander rust nodig? Vraag naar iemand die de zorg even overneemt (respijtzorg).
step-carer-wmo = Heeft de ander meer hulp nodig? Meld dat bij de gemeente. Binnen { $term } is er een gesprek.
step-carer-wmo-helper = Is er meer hulp nodig voor wie verzorgd wordt? Meld dat bij de gemeente. Binnen { $term } is er een gesprek.
step-carer-thanks = Elk jaar bedankt de gemeente mantelzorgers (mantelzorgwaardering). Het steunpunt vertelt je hoe.
step-carer-thanks-helper = Elk jaar bedankt de gemeente mantelzorgers (mantelzorgwaardering). Het steunpunt vertelt hoe.

step-welzijn-contact = Bel of loop binnen bij het welzijnswerk. Voor de meeste activiteiten is er geen wachtlijst.
step-welzijn-visit = Iemand belt je terug of komt bij je langs.
step-welzijn-visit-helper = Iemand belt terug of komt bij de ander langs.
step-talk-now = Wil je nu met iemand praten? De Luisterlijn is er dag en nacht.
step-talk-now-helper = Wil de ander nu met iemand praten? De Luisterlijn is er dag en nacht.
step-feeling-down = Voel je je vaak somber? Praat er ook over met je huisarts.
step-feeling-down-helper = Voelt de ander zich vaak somber? Praat er ook over met de huisarts.
step-ending-life-113 = Denk je aan zelfdoding? Bel of chat dan met 113.
step-ending-life-113-helper = Denkt de ander aan zelfdoding? Bel of chat dan samen met 113.
step-taking-part-choose = Samen kijk je wat bij je past. Bijvoorbeeld vrijwilligerswerk, een cursus of een activiteit.
step-taking-part-choose-helper = Samen kijken jullie wat bij de ander past. Bijvoorbeeld vrijwilligerswerk, een cursus of een activiteit.
step-day-activities = Heb je meer hulp nodig om overdag iets te doen? Vraag de gemeente naar dagbesteding.
step-day-activities-helper = Heeft de ander meer hulp nodig om overdag iets te doen? Vraag de gemeente naar dagbesteding.

step-raadslieden-contact = Maak een afspraak bij de sociaal raadslieden. Of kom naar het spreekuur.
step-raadslieden-read = Jullie lezen de brief samen. Ze leggen uit wat je moet doen.
step-raadslieden-read-helper = Jullie lezen de brief samen. Ze leggen uit wat er moet gebeuren.
step-letter-date = Staat er een datum in de brief? Wacht dan niet te lang.
step-objection-deadline = Je hebt { $term } om bezwaar te maken. Je telt vanaf de datum op de brief.
step-objection-deadline-helper = De ander heeft { $term } om bezwaar te maken. Tel vanaf de datum op de brief.
step-objection-write = De sociaal raadslieden helpen je de brief te schrijven.
step-objection-write-helper = De sociaal raadslieden helpen met het schrijven van de brief.
step-objection-call = Vaak belt de gemeente je eerst. Dan praat je er samen over.
step-objection-call-helper = Vaak belt de gemeente de ander eerst. Dan praten ze er samen over.
step-objection-legal = Gaat het om veel geld, of om een rechtszaak? Vraag het Juridisch Loket om advies.

step-huisarts-first = Maak een afspraak met je eigen huisarts.
step-huisarts-first-helper = Maak een afspraak met de huisarts van de ander.
step-huisartsenpost-call-first = Is het dringend, 's avonds of in het weekend? Bel de huisartsenpost. Ga er niet heen zonder te bellen.
step-wijkteam-more = Speelt er meer, zoals geld of eenzaamheid? Het wijkteam helpt je verder.
step-wijkteam-more-helper = Speelt er meer, zoals geld of eenzaamheid? Het wijkteam helpt verder.

step-meldpunt-call = Bel het meldpunt. Vertel wat je ziet en waar.
step-meldpunt-forward = Het meldpunt stuurt je melding door naar de gemeente van de ander. Daar kijken ze wat nodig is.
step-abuse-veilig-thuis = Denk je dat de ander mishandeld wordt? Bel dan Veilig Thuis.

step-one-talk = Je hebt één gesprek over alles wat speelt.
step-one-talk-helper = De ander heeft één gesprek over alles wat speelt.
step-one-plan = Samen maak je één plan. Je krijgt één vaste contactpersoon.
step-one-plan-helper = Samen maken jullie één plan. De ander krijgt één vaste contactpersoon.
step-tell-once = Je hoeft je verhaal maar één keer te doen.
step-tell-once-helper = De ander hoeft het verhaal maar één keer te doen.
step-bring-in-desks = Het wijkteam haalt zelf de andere hulp erbij.
step-several-debt-urgent = Moet je je huis uit, of gaan ze afsluiten? Zeg het meteen. Dan is er binnen { $term } een gesprek over je schulden.
step-several-debt-urgent-helper = Moet de ander het huis uit, of gaan ze afsluiten? Zeg het meteen. Dan is er binnen { $term } een gesprek over de schulden.
step-several-wmo = Heb je hulp thuis nodig? Dan is er binnen { $term } een gesprek, vaak bij je thuis.
step-several-wmo-helper = Heeft de ander hulp thuis nodig? Dan is er binnen { $term } een gesprek, vaak bij de ander thuis.

step-gemeente-listens = Bel de gemeente. Ze luisteren en zoeken met je uit wie je kan helpen.
step-gemeente-listens-helper = Bel de gemeente. Ze luisteren en zoeken uit wie de ander kan helpen.
step-gemeente-walk-in = Je kunt ook langskomen op het spreekuur.
step-gemeente-walk-in-helper = Jullie kunnen ook langskomen op het spreekuur.

step-no-news-call = Hoor je niets na { $term }? Bel dan zelf.
step-no-news-call-helper = Horen jullie niets na { $term }? Bel dan zelf.
step-may-take-longer = Soms duurt het langer dan de wet zegt. Vraag dan gerust hoe het staat.


## Neem mee

bring-id = Je identiteitsbewijs (paspoort, identiteitskaart of rijbewijs)
bring-id-helper = Het identiteitsbewijs van de ander (paspoort, identiteitskaart of rijbewijs)
bring-debt-letters = Alle brieven over je schulden, ook aanmaningen en brieven van de deurwaarder
bring-debt-letters-helper = Alle brieven over de schulden, ook aanmaningen en brieven van de deurwaarder
bring-income-proof = Je loonstrook of de brief over je uitkering
bring-income-proof-helper = De loonstrook van de ander, of de brief over de uitkering
bring-bank-statements = Je bankafschriften van de laatste 3 maanden
bring-bank-statements-helper = De bankafschriften van de ander van de laatste 3 maanden
bring-rent-contract = Je huurcontract
bring-rent-contract-helper = Het huurcontract van de ander
bring-rent-mortgage = Je huurcontract of je hypotheekpapieren
bring-rent-mortgage-helper = Het huurcontract of de hypotheekpapieren van de ander
bring-work-papers = Je ontslagbrief of je arbeidscontract
bring-work-papers-helper = De ontslagbrief of het arbeidscontract van de ander
bring-household-income = Wat iedereen in je huis verdient
bring-household-income-helper = Wat iedereen in het huis van de ander verdient
bring-savings = Een overzicht van je spaargeld
bring-savings-helper = Een overzicht van het spaargeld van de ander
bring-what-is-hard = Wat niet meer lukt, en sinds wanneer
bring-medicine-list = Je medicijnlijst of brieven van je dokter, als je die hebt
bring-medicine-list-helper = De medicijnlijst of brieven van de dokter, als de ander die heeft
bring-who-helps = Wie je nu helpt, bijvoorbeeld familie of buren
bring-who-helps-helper = Wie de ander nu helpt, bijvoorbeeld familie of buren
bring-own-plan = Je eigen plan, als je dat wilt schrijven
bring-own-plan-helper = Het eigen plan van de ander, als hij of zij dat wil schrijven
bring-what-cannot = Wat je thuis of buiten niet meer kunt
bring-what-cannot-helper = Wat de ander thuis of buiten niet meer kan
bring-medical-info = Brieven van je dokter, als je die hebt
bring-medical-info-helper = Brieven van de dokter, als de ander die heeft
bring-landlord = Huur je? De naam en het telefoonnummer van je verhuurder
bring-landlord-helper = Huurt de ander? De naam en het telefoonnummer van de verhuurder
bring-photos = Maten of foto's van je huis, als je die hebt
bring-photos-helper = Maten of foto's van het huis, als die er zijn
bring-what-worries = Wat je zorgen maakt, en sinds wanneer
bring-what-worries-helper = Wat zorgen maakt, en sinds wanneer
bring-school-doctor = Namen van de school, de huisarts of de jeugdarts
bring-earlier-reports = Eerdere verslagen of brieven, als je die hebt
bring-earlier-reports-helper = Eerdere verslagen of brieven, als die er zijn
bring-care-tasks = Wat je allemaal doet, en hoeveel uur per week
bring-care-tasks-helper = Wat de ander allemaal doet, en hoeveel uur per week
bring-who-else-helps = Wie er nog meer helpt
bring-what-you-need = Wat jij nodig hebt: rust, praktische hulp of iemand om mee te praten
bring-what-you-need-helper = Wat de ander nodig heeft: rust, praktische hulp of iemand om mee te praten
bring-nothing-needed = Je hoeft niets mee te nemen.
bring-nothing-needed-helper = Jullie hoeven niets mee te nemen.
bring-the-letter = De brief, met de envelop. Daar staat de datum op.
bring-earlier-letters = Eerdere brieven over hetzelfde
bring-what-you-notice = Wat je merkt, en sinds wanneer
bring-what-you-notice-helper = Wat jullie merken, en sinds wanneer
bring-what-you-saw = Wat je zag, waar en sinds wanneer
bring-what-you-saw-helper = Wat er gebeurde, waar en sinds wanneer
bring-letters-you-have = De brieven die je hebt
bring-letters-you-have-helper = De brieven die de ander heeft
bring-worries-list = Een lijstje met wat je het meest zorgen geeft
bring-worries-list-helper = Een lijstje met wat het meest zorgen geeft


## Diensten: één korte regel per dienst
service-alarm-112 = Bij direct gevaar: politie, ambulance of brandweer.
service-zelfmoordpreventie-113 = Denk je aan zelfdoding? Praat erover, dag en nacht. Gratis en anoniem.
service-zelfmoordpreventie-113-helper = Denkt de ander aan zelfdoding? Praat erover, dag en nacht. Ook als je je zorgen maakt. Gratis en anoniem.
service-veilig-thuis = Bij geweld of mishandeling thuis. Voor advies of een melding, dag en nacht.
service-huisartsenpost = Dringende zorg 's avonds, 's nachts en in het weekend. Bel altijd eerst.
service-gemeente-contact = Voor al je vragen aan de gemeente. Ze zoeken met je wie je kan helpen.
service-gemeente-contact-helper = Voor alle vragen aan de gemeente. Ze zoeken mee wie de ander kan helpen.
service-kindertelefoon = Voor kinderen en jongeren van 8 tot 18 jaar. Bellen of chatten.
service-huisarts = Je eigen huisarts. Op thuisarts.nl lees je meer over je gezondheid.
service-huisarts-helper = De eigen huisarts van de ander. Op thuisarts.nl lees je meer over gezondheid.
service-meldpunt-zorgwekkend-gedrag = Maak je je zorgen om iemand, maar is het niet acuut? Bel dit meldpunt.
service-jeugd-gezin = Voor vragen over opvoeden en opgroeien, van zwangerschap tot 23 jaar.

service-wmo-loket = Hier meld je je voor hulp thuis, een aanpassing of vervoer.
service-wmo-loket-helper = Hier meldt de ander zich voor hulp thuis, een aanpassing of vervoer.
service-wijkteams = De sociaal wijkteams helpen als er veel tegelijk speelt. Dit nummer is voor alle wijken.
service-wijkteam-noord = Het team voor de wijk Noord. Eén contactpersoon voor al je vragen.
service-wijkteam-noord-helper = Het team voor de wijk Noord. Eén contactpersoon voor alle vragen.
service-wijkteam-centrum = Het team voor de wijk Centrum. Eén contactpersoon voor al je vragen.
service-wijkteam-centrum-helper = Het team voor de wijk Centrum. Eén contactpersoon voor alle vragen.
service-wijkteam-zuid = Het team voor de wijk Zuid. Eén contactpersoon voor al je vragen.
service-wijkteam-zuid-helper = Het team voor de wijk Zuid. Eén contactpersoon voor alle vragen.
service-werk-inkomen = Voor bijstand, hulp bij hoge kosten en hulp bij werk zoeken.
service-schuldhulp = Helpt je met schulden en rekeningen. Je krijgt een vaste contactpersoon.
service-schuldhulp-helper = Helpt de ander met schulden en rekeningen. De ander krijgt een vaste contactpersoon.
service-clientondersteuning = Iemand die alleen aan jouw kant staat. Hij of zij gaat mee naar gesprekken en helpt met brieven. Dat is gratis.
service-clientondersteuning-helper = Iemand die alleen aan de kant van de ander staat. Hij of zij gaat mee naar gesprekken en helpt met brieven. Dat is gratis.
service-mantelzorg-steunpunt = Voor mantelzorgers: advies, even rust en contact met anderen.
service-welzijn = Buurthuizen, activiteiten, een maatje en hulp met formulieren.
service-schuldhulpmaatje = Een vrijwilliger helpt je met je geld en je papieren.
service-schuldhulpmaatje-helper = Een vrijwilliger helpt de ander met geld en papieren.
service-voedselbank = Eten als je even geen geld hebt voor boodschappen.
service-voedselbank-helper = Eten als de ander even geen geld heeft voor boodschappen.
service-vrijwilligerscentrale = Vrijwilligerswerk, een maatje of vervoer door vrijwilligers.
service-sociaal-raadslieden = Gratis hulp met brieven, toeslagen, belasting en bezwaar.
service-geldfit = Hulp bij geldzorgen. Je hoeft alleen je postcode te noemen.
service-geldfit-helper = Hulp bij geldzorgen. Je hoeft alleen de postcode te noemen.
service-luisterlijn = Iemand die naar je luistert, dag en nacht.
service-luisterlijn-helper = Iemand die luistert, dag en nacht. Voor de ander en voor jou.
service-mantelzorglijn = Voor vragen van mantelzorgers, op werkdagen.
service-juridisch-loket = Advies over je rechten, bijvoorbeeld bij huur, ontslag of een besluit.
service-juridisch-loket-helper = Advies over rechten, bijvoorbeeld bij huur, ontslag of een besluit.
service-cak = Vragen over wat je zelf betaalt voor hulp van de gemeente (eigen bijdrage).
service-cak-helper = Vragen over wat de ander zelf betaalt voor hulp van de gemeente (eigen bijdrage).
service-uwv = Voor WW, ziekte en arbeidsongeschiktheid. Je meldt je via werk.nl.
service-uwv-helper = Voor WW, ziekte en arbeidsongeschiktheid. De ander meldt zich via werk.nl.
service-ciz = Voor wie altijd zorg in de buurt nodig heeft, bijvoorbeeld in een verpleeghuis.


## Jongeren (onder de 18)

question-young = Ben je jonger dan 18 jaar?
    .hint = Dit vragen we alleen omdat er voor jongeren andere hulp is.
    .why = Voor jongeren onder de 18 is er hulp die bij jou past. Je hoeft het niet eerst aan je ouders te vragen.
question-young-helper = Is de ander jonger dan 18 jaar?
    .hint = Dit vragen we alleen omdat er voor jongeren andere hulp is.
    .why = Voor jongeren onder de 18 is er hulp die past. De jongere hoeft het niet eerst aan de ouders te vragen.

outcome-young-carer = Er is hulp voor jongeren die thuis zorgen
    .why = Zorg je thuis voor je vader, moeder, broer of zus? Dan ben je een jonge mantelzorger. Jij mag ook hulp vragen.
    .helper = Vraag hoe het met de jongere zelf gaat. School en vrienden zijn ook belangrijk.
outcome-young-carer-helper = Er is hulp voor jongeren die thuis zorgen
    .why = Zorgt de jongere thuis voor een vader, moeder, broer of zus? Dan is hij of zij een jonge mantelzorger. De jongere mag ook hulp vragen.
outcome-young-worries = Praat erover met iemand
    .why = Maak je je zorgen over thuis? Je hoeft het niet alleen op te lossen. Er zijn mensen die naar je luisteren.
    .helper = Laat de jongere zelf kiezen met wie hij of zij praat.
outcome-young-worries-helper = Praat erover met iemand
    .why = Maakt de jongere zich zorgen over thuis? Hij of zij hoeft het niet alleen op te lossen. Er zijn mensen die luisteren.
outcome-young-money = Er is hulp bij geldzorgen voor jongeren
    .why = Geldzorgen zijn zwaar, ook als je jong bent. Het jongerenwerk helpt je gratis.
    .helper = Kijk samen naar de brieven. Zoek niet alles zelf uit.
outcome-young-money-helper = Er is hulp bij geldzorgen voor jongeren
    .why = Geldzorgen zijn zwaar, ook voor jongeren. Het jongerenwerk helpt de jongere gratis.

step-young-carer-contact = Bel of mail het steunpunt mantelzorg. Zeg dat je jonger bent dan 18. Ze hebben iemand voor jongeren.
step-young-carer-contact-helper = Bel of mail het steunpunt mantelzorg. Zeg dat de jongere jonger is dan 18. Ze hebben iemand voor jongeren.
step-young-talk-now = Wil je nu met iemand praten? Bel of chat gratis met de Kindertelefoon. Je hoeft je naam niet te zeggen.
step-young-talk-now-helper = Wil de jongere nu met iemand praten? Bellen of chatten met de Kindertelefoon is gratis. Een naam zeggen hoeft niet.
step-young-own-choice = Jij kiest zelf of je je ouders vertelt dat je hulp vraagt.
step-young-own-choice-helper = De jongere kiest zelf of de ouders over de hulp horen.
step-young-school = Je kunt het ook vertellen aan iemand op school, zoals je mentor.
step-young-school-helper = De jongere kan het ook vertellen aan iemand op school, zoals de mentor.
step-young-not-alone = Veel jongeren zorgen thuis mee. Je bent niet de enige.
step-young-not-alone-helper = Veel jongeren zorgen thuis mee. De jongere is niet de enige.
step-young-cjg = Het Centrum voor Jeugd en Gezin (CJG) helpt jongeren en gezinnen. Je mag zelf bellen.
step-young-cjg-helper = Het Centrum voor Jeugd en Gezin (CJG) helpt jongeren en gezinnen. De jongere mag zelf bellen.
step-young-unsafe-home = Is het thuis niet veilig? Bel Veilig Thuis: 0800-2000. Dat mag ook als je jong bent.
step-young-unsafe-home-helper = Is het thuis niet veilig? Bel Veilig Thuis: 0800-2000. De jongere mag ook zelf bellen.
step-young-money-talk = Praat met iemand die je vertrouwt over je geldzorgen.
step-young-money-talk-helper = Praat over de geldzorgen met iemand die de jongere vertrouwt.
step-young-money-jongerenwerk = Het jongerenwerk helpt je gratis met je geld en je brieven.
step-young-money-jongerenwerk-helper = Het jongerenwerk helpt de jongere gratis met geld en brieven.
step-young-money-geldfit = Je kunt ook anoniem bellen met Geldfit.

service-jongerenwerk = Voor jongeren: een plek om te praten, activiteiten en hulp met geld en papieren.


## Postcode buiten de gemeente

outcome-outside-gemeente = Je woont niet in deze gemeente
    .why = Je postcode hoort niet bij deze gemeente. Je eigen gemeente helpt je verder. Landelijke hulplijnen helpen je overal.
outcome-outside-gemeente-helper = De ander woont niet in deze gemeente
    .why = De postcode hoort niet bij deze gemeente. De eigen gemeente van de ander helpt verder. Landelijke hulplijnen helpen overal.
step-outside-not-here = De hulp op deze website is alleen voor inwoners van deze gemeente.
step-outside-call-14 = Bel je eigen gemeente: 14 en dan het netnummer van je woonplaats. Bijvoorbeeld 14 020 in Amsterdam.
step-outside-call-14-helper = Bel de gemeente van de ander: 14 en dan het netnummer van de woonplaats. Bijvoorbeeld 14 020 in Amsterdam.
step-outside-find = Weet je niet bij welke gemeente je hoort? Zoek je postcode op overheid.nl.
step-outside-find-helper = Weet je niet bij welke gemeente de ander hoort? Zoek de postcode op overheid.nl.
step-outside-national = De hulplijnen hieronder helpen je, waar je ook woont.
step-outside-national-helper = De hulplijnen hieronder helpen, waar de ander ook woont.

service-eigen-gemeente = Zoek met je postcode welke gemeente bij jou hoort.
service-eigen-gemeente-helper = Zoek met de postcode welke gemeente bij de ander hoort.


## Veel tegelijk, en het is dringend

outcome-several-problems-urgent = Eén team helpt je met alles. Het is dringend.
    .why = Speelt er veel tegelijk en dreigt er iets met je huis of je geld? Dan helpt het sociaal wijkteam je snel.
    .helper = Zeg meteen wat er dreigt. Neem de brieven mee.
outcome-several-problems-urgent-helper = Eén team helpt de ander met alles. Het is dringend.
    .why = Speelt er veel tegelijk en dreigt er iets met het huis of het geld van de ander? Dan helpt het sociaal wijkteam snel.
step-several-say-urgent = Bel vandaag. Zeg meteen wat er dreigt, zoals uit je huis moeten of afsluiten.
step-several-say-urgent-helper = Bel vandaag. Zeg meteen wat er dreigt, zoals uit het huis moeten of afsluiten.


## Vraag: veel tegelijk, of je weet het niet

question-danger-now = Is het thuis nu onveilig, voor jou of voor een kind?
    .hint = Bijvoorbeeld: iemand slaat je, bedreigt je of doet je pijn.
    .why = We vragen dit aan iedereen die veel tegelijk heeft. Is het onveilig? Dan wijzen we je meteen de juiste hulp.
question-danger-now-helper = Is het thuis nu onveilig, voor de ander of voor een kind?
    .hint = Bijvoorbeeld: iemand slaat de ander, bedreigt de ander of doet de ander pijn.


## Woordenlijst: moeilijke woorden, uitgelegd waar je ze voor het eerst ziet
# glossary-<woord> = <woord>: <uitleg>. Voor de dubbele punt staat het woord zoals het in de
# teksten staat (een andere vorm, zoals "toeslag", krijgt een eigen regel). De widget zet de uitleg tussen haakjes achter
# het eerste gebruik op een scherm: "Wmo (de wet voor ...)", "WW-uitkering (WW: ...)". Kort, B1,
# zonder je/u (de uitleg past zo in elke vorm) en zonder andere moeilijke woorden. Staat het
# woord al tussen haakjes achter de gewone woorden, "(toeslagen)", dan is het daar uitgelegd.
# Een gemeente voegt eigen woorden toe in haar overlay-bestand (gemeente.overlays).
# `wegwijzer check --locales` waarschuwt voor afkortingen en vaktaal zonder uitleg.

glossary-wmo = Wmo: de wet voor hulp om thuis te kunnen blijven wonen
glossary-uwv = UWV: de landelijke organisatie voor werk en uitkeringen
glossary-ww = WW: geld voor een tijd, na het verlies van werk
glossary-cak = CAK: de organisatie die de rekening stuurt voor hulp van de gemeente
glossary-ciz = CIZ: de organisatie die beslist of iemand altijd zorg in de buurt nodig heeft
glossary-dagbesteding = dagbesteding: overdag iets doen met anderen, met begeleiding
glossary-bijzondere-bijstand = bijzondere bijstand: extra geld van de gemeente voor hoge kosten
glossary-toeslagen = toeslagen: geld van de overheid voor huur, zorgverzekering of kinderen
glossary-ergotherapeut = ergotherapeut: iemand die helpt om dagelijkse dingen weer zelf te doen
glossary-ervaringsdeskundige = ervaringsdeskundige: iemand die zelf hetzelfde heeft meegemaakt
