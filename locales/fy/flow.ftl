# Wegwijzer: Fryske teksten (fragen, antwurden, advys, stappen, meinimme, tsjinsten).
# Language: Frisian / Frysk (fy). Source: locales/nl/flow.ftl
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Koarte sinnen, gewoane wurden (B1). In Nederlânsk offisjeel wurd stiet ien kear tusken
# heakjes, omdat minsken it yn brieven tsjinkomme.
# REVIEW(fy): the Dutch source uses informal "je"; this file uses "jo", the usual friendly-but-polite form in Frisian public texts. A "do" set would be the literal match; confirm with the gemeente.


## Termyn. $unit is hours, days, working-days of weeks.

duration = { $unit ->
    [hours] { $amount } oere
    [days] { $amount ->
        [one] 1 dei
       *[other] { $amount } dagen
    }
    [working-days] { $amount ->
        [one] 1 wurkdei
       *[other] { $amount } wurkdagen
    }
   *[weeks] { $amount ->
        [one] 1 wike
       *[other] { $amount } wiken
    }
}


## Fraach: wêr wolle jo help by hawwe?

question-topic = Wêr wolle jo help by hawwe?
    .hint = Jo meie mear as ien ding kieze.
    .why = Sa witte wy wêr't jo it bêste terjochte kinne. Jo antwurden bliuwe op jo eigen apparaat.
question-topic-helper = Wêr wol de oar help by hawwe?
    .hint = Jo meie mear as ien ding kieze.

option-topic-money = Jild en rekkens
    .hint = skulden, rekkens dy't jo net betelje kinne
option-topic-work-income = Wurk of ynkommen
    .hint = wurk kwyt, gjin of te min ynkommen
option-topic-home = Thús en yn 'e hûs
    .hint = húshâlding, jo hûs oanpasse
option-topic-health = Jo sûnens en hoe't jo jo fiele
    .hint = lichem, holle, alkohol of drugs
option-topic-children = Bern en opfieding
    .hint = soargen oer jo bern
option-topic-caring = Soargje foar in oar
    .hint = jo soargje foar in âlder, partner of bern
option-topic-alone = Jo allinne fiele
    .hint = net folle kontakt mei oaren
option-topic-safety = Feilich wêze thús
    .hint = geweld, bedriging of eangst thús
option-topic-taking-part = Meidwaan
    .hint = wat dwaan oerdei, frijwilligerswurk, leare
option-topic-letters = Brieven en formulieren
    .hint = in brief begripe, it net iens wêze mei in beslút
option-topic-dont-know = In soad tagelyk / ik wit it net
    .hint = ien team helpt jo mei alles


## Fraach: driget der wat by skulden?

question-debt-threat = Moatte jo miskien jo hûs út? Of sille se gas, ljocht of wetter ôfslute?
    .hint = Kies ek ja as jo soarchfersekering stopt.
    .why = Dan moat de gemeente jo flugger helpe. Jo krije dan binnen in pear dagen in petear.
question-debt-threat-helper = Moat de oar miskien it hûs út? Of sille se gas, ljocht of wetter ôfslute?
    .hint = Kies ek ja as de soarchfersekering fan de oar stopt.


## Fraach: wurk of ynkommen

question-income-situation = Wat past it bêste by jo?
    .why = Foar wurkleazens geane jo earst nei UWV. Foar bystân (bijstand) geane jo nei de gemeente.
question-income-situation-helper = Wat past it bêste by de oar?

option-income-situation-lost-job = Ik bin myn wurk kwyt, of ik reitsje it kwyt
option-income-situation-no-income = Ik haw gjin ynkommen, of te min om fan te libjen
option-income-situation-other = Wat oars
    .hint = de gemeente tinkt mei jo mei

question-under-27 = Binne jo jonger as 27 jier?
    .why = Foar jongelju ûnder de 27 jildt in ekstra regel by bystân.
question-under-27-helper = Is de oar jonger as 27 jier?


## Fraach: thús en yn 'e hûs

question-home-need = Wêr hawwe jo thús help by nedich?
    .why = Dan witte wy hokker help by jo past.
question-home-need-helper = Wêr hat de oar thús help by nedich?

option-home-need-household = It húshâlden of mysels fersoargje slagget net mear
    .hint = bygelyks skjinmeitsje, waskje of oanklaaie
option-home-need-adaptation = In oanpassing yn 'e hûs, in rolstoel of ferfier
    .hint = bygelyks in traplift of in taksy nei de winkel
option-home-need-other = Wat oars
    .hint = de gemeente tinkt mei jo mei


## Fraach: sûnens

question-health-need = Wat past it bêste by jo?
    .why = Giet it hiel min? Dan wize wy jo daliks de fluchste help.
question-health-need-helper = Wat past it bêste by de oar?

# REVIEW(fy): "selsdeading" chosen to mirror Dutch "zelfdoding" (instead of "selsmoard"); check it is the usual careful term.
option-health-need-crisis = It giet hiel min mei my. Ik tink oan selsdeading.
option-health-need-unwell = Ik fiel my net goed, yn myn lichem of yn myn holle
    .hint = ek by problemen mei alkohol, drugs of gokken
option-health-need-someone-else = Ik meitsje my soargen oer in oar
    .hint = bygelyks in buorman dy't yn 'e war is


## Fraach: bern

question-child-safety = Meitsje jo jo soargen oft jo bern feilich is?
    .hint = Bygelyks: ien slacht jo bern, of der is in soad geweld thús.
    .why = Is jo bern net feilich? Dan wize wy jo daliks de goede help.
question-child-safety-helper = Meitsje jo jo soargen oft it bern feilich is?
    .hint = Bygelyks: ien slacht it bern, of der is in soad geweld thús.


## Fraach: brieven

question-letter-kind = Wat is der mei de brief?
    .why = Dan witte wy oft der in datum is dêr't jo op lette moatte.
question-letter-kind-helper = Wat is der mei de brief fan de oar?

option-letter-kind-understand = Ik begryp in brief of formulier net
option-letter-kind-disagree = Ik bin it net iens mei in beslút


## Fraach: de wûnderfraach (jo meie him oerslaan)

question-own-words = Wat soe der oars wêze as it better giet?
    .hint = Skriuw it op yn jo eigen wurden. Jo meie dizze fraach oerslaan.
    .why = Sa witte jo sels wat jo wichtich fine. Nim it mei nei jo petear. Wy stjoere it nearne hinne.
question-own-words-helper = Wat soe der foar de oar oars wêze as it better giet?
    .hint = Skriuw it tegearre op, yn de wurden fan de oar. Jo meie dizze fraach oerslaan.


## Fraach: postkoade (jo meie him oerslaan)

question-postcode = Wat is jo postkoade?
    .hint = Jo húsnûmer meie jo ek ynfolje. Dat hoecht net.
    .why = Dan sykje wy it team by jo yn 'e buert. Jo postkoade bliuwt op jo eigen apparaat.
question-postcode-helper = Wat is de postkoade fan de oar?
    .hint = It húsnûmer meie jo ek ynfolje. Dat hoecht net.


## Advys

outcome-unsafe-at-home = Binne jo no yn gefaar? Skilje 112.
    .why = Jo feiligens giet foar alles. Binne jo net yn direkt gefaar? Skilje dan Veilig Thuis. Jo meie anonym skilje.
    .helper = Stel gjin fragen dêr't de oar gjin antwurd op jaan wol. Lit de oar sels skilje, of skilje tegearre.

outcome-mental-crisis = Praat der no oer mei 113
    .why = Jo hoege dit net allinne te dragen. By 113 harkje se nei jo, dei en nacht. It is fergees en anonym.
    .helper = Bliuw by de oar. Skilje tegearre, of lit de oar chatte. Is der direkt gefaar? Skilje 112.

outcome-debt-help = Help by skulden (schuldhulp) kin jo fierder helpe
    .why = Elke gemeente moat help by skulden jaan. Hoe earder jo begjinne, hoe better.
    .helper = Help mei it sammeljen fan de brieven. In frijwilliger fan SchuldHulpMaatje kin meigean.

outcome-debt-help-urgent = Skilje gau mei de skuldhelp
    .why = Der driget wat slims: jo hûs, jo gas, ljocht of wetter, of jo soarchfersekering. Dan moat de gemeente jo ekstra fluch helpe.
    .helper = Skilje tegearre, hjoed noch. Sis daliks wat der driget en hâld de brief by de hân.

outcome-job-loss = Gean earst nei UWV
    .why = Binne jo jo wurk kwyt? Dan krije jo miskien in WW-útkearing (WW-uitkering). Dy regelje jo by UWV, net by de gemeente.
    .helper = Help mei it ynloggen op werk.nl. Sjoch tegearre oft de WW genôch is om fan te libjen.

outcome-income-support = De gemeente kin jo helpe mei bystân
    .why = Hawwe jo gjin of te min ynkommen? Dan kinne jo de gemeente om bystân (bijstand) freegje.
    .helper = Freegje tegearre om in foarskot (voorschot) as der no gjin jild is. Dat is in rjocht.

outcome-income-support-young = De gemeente kin jo helpe mei bystân
    .why = Hawwe jo gjin of te min ynkommen? Dan kinne jo de gemeente om bystân (bijstand) freegje. Foar jongelju jildt in ekstra regel.
    .helper = Sykje tegearre nei wurk of in oplieding. Skriuw op wat jo dogge. Dat helpt by de oanfraach.

outcome-wmo-household = De gemeente kin jo thús helpe
    .why = Slagget it húshâlden of josels fersoargje net mear? Dan kin de gemeente sjen hokker help by jo past.
    .helper = Gean mei nei it petear. In cliëntondersteuner kin ek mei. Dat is fergees.

outcome-wmo-adaptation = De gemeente kin jo helpe mei in oanpassing
    .why = Hawwe jo in oanpassing yn 'e hûs nedich? Of in rolstoel of ferfier? De gemeente kin helpe.
    .helper = Meitsje tegearre foto's fan wat thús dreech giet. Dat helpt yn it petear.

outcome-child-worry = Praat oer jo soargen om jo bern
    .why = It Centrum voor Jeugd en Gezin helpt âlden en bern. Jo binne der wolkom mei elke fraach.
    .helper = Nim de soargen serieus. Gean tegearre nei it earste petear as de âlder dat wol.

outcome-child-unsafe = Is jo bern no yn gefaar? Skilje 112.
    .why = De feiligens fan jo bern giet foar alles. Veilig Thuis wit wat jo dwaan kinne.
    .helper = Skilje tegearre mei Veilig Thuis. Jo meie ek skilje as jo it net wis witte.

outcome-carer-support = Der is help foar mantelsoargers
    .why = Soargje jo foar ien? Dan binne jo mantelsoarger (mantelzorger). Jo meie ek help freegje.
    .helper = Freegje hoe't it mei de mantelsoarger sels giet. Dat ferjitte minsken faak.

outcome-loneliness = Der binne minsken by jo yn 'e buert
    .why = In soad minsken fiele har soms allinne. Yn 'e buert kinne jo oaren moetsje.
    .helper = Gean de earste kear mei nei in aktiviteit. Dat makket de stap lytser.

# REVIEW(fy): "wolwêzenswurk" for Dutch "welzijnswerk"; check the usual Frisian word.
outcome-taking-part = Doch mei yn 'e buert
    .why = Wat dwaan oerdei jout rêst en kontakt. It wolwêzenswurk (welzijnswerk) helpt jo wat te finen dat by jo past.
    .helper = Freegje wat de oar graach docht of goed kin. Begjin lyts.

outcome-letter-help = Lês de brief tegearre mei ien
    .why = De sociaal raadslieden helpe fergees mei brieven en formulieren.
    .helper = Sjoch tegearre nei de datum op de brief. Wachtsje net te lang.

outcome-objection-help = Jo meie litte witte dat jo it net iens binne
    .why = Binne jo it net iens mei in beslút? Dan kinne jo beswier meitsje (bezwaar maken). Dêr is in termyn foar.
    .helper = Let op de datum op de brief. Help mei it skriuwen, of gean tegearre nei de raadslieden.

outcome-health-support = Praat mei jo húsdokter en it wykteam
    .why = Jo húsdokter (huisarts) helpt mei jo sûnens. It wykteam (wijkteam) helpt mei wat der fierder spilet.
    .helper = Gean mei nei de húsdokter as de oar dat wol. Skriuw tegearre op wat der spilet.

outcome-worry-about-someone = Meld jo soargen oer de oar
    .why = Meitsje jo jo soargen om ien, mar is it net akuut? Dan kinne jo it meldpunt skilje.
    .helper = Skriuw op wat jo seagen, wêr en wannear. Dat helpt it meldpunt.

# REVIEW(fy): "ûnderfiningsdeskundige" for Dutch "ervaringsdeskundige"; check the term.
outcome-several-problems = Ien team helpt jo mei alles
    .why = Spilet der in soad tagelyk? Dan helpt it sosjaal wykteam (sociaal wijkteam) jo. Jo hoege jo ferhaal mar ien kear te dwaan.
    .helper = Meitsje tegearre in listje fan wat de measte soargen jout. In ûnderfiningsdeskundige kin ek helpe.

outcome-ask-gemeente = Skilje de gemeente
    .why = De gemeente harket nei jo fraach. Se sykje tegearre mei jo de goede help.
    .helper = Skilje tegearre. Skriuw de fraach foarôf op.


## Wat bart der no? ($term is de termyn, bygelyks "6 wiken")

step-danger-call-112 = Binne jo no yn gefaar? Skilje 112.
step-danger-now-112 = Is der no gefaar? Skilje 112.
step-veilig-thuis-call = Skilje Veilig Thuis. Se binne der dei en nacht. Jo meie anonym skilje.
step-veilig-thuis-child = Skilje Veilig Thuis. Se tinke mei jo mei oer jo bern.
step-veilig-thuis-helps = Veilig Thuis jout advys. As jo dat wolle, regelje se help.
step-safe-place = Kinne jo net thús bliuwe? Veilig Thuis siket mei jo nei in feilich plak (opvang).
step-child-can-call = Jo bern kin ek sels de Kindertelefoon skilje of chatte. Dat is fergees.

step-call-113-now = Skilje of chat no mei 113. It is fergees en anonym.
step-no-forms = Jo hoege neat yn te foljen.
step-huisarts-soon = Praat ek mei jo húsdokter. Jûns en yn it wykein skilje jo de húsdokterspost (huisartsenpost).

# REVIEW(fy): "spreekoere" for Dutch "spreekuur" (a walk-in hour); check the usual Frisian word.
step-debt-sign-up = Skilje of mail de skuldhelp. Jo kinne ek lâns komme op it spreekoere.
step-debt-intake = Binnen { $term } hawwe jo in earste petear (intakegesprek).
step-debt-threat-later = Moatte jo dochs jo hûs út, of sille se ôfslute? Sis it daliks.
step-debt-say-urgent = Sis daliks wat der driget. Nim de brief dêroer mei.
step-debt-intake-urgent = Dan hawwe jo binnen { $term } in earste petear (intakegesprek).
step-debt-decision = Dêrnei krije jo in brief mei it beslút. Dat duorret meastal sa'n { $term }.
step-debt-cost = Meastal kostet dizze help jo neat. Freegje it gerust.

step-uwv-ww = Freegje by UWV om in WW-útkearing. Dat kin fia werk.nl.
step-ww-too-low = Krije jo gjin WW, of is it te min? Dan kin de gemeente helpe.
step-dismissal-advice = Binne jo it net iens mei jo ûntslach? It Juridisch Loket jout advys.
step-toeslagen-check = Sjoch oft jo rjocht hawwe op taslaggen (toeslagen). De sociaal raadslieden helpe jo.

step-bijstand-sign-up = Meld jo earst op werk.nl. Dêrnei nimt de gemeente kontakt mei jo op.
step-money-today = Hawwe jo no gjin jild foar iten of hier? Sis dat daliks.
step-bijstand-advance = Is der nei { $term } noch gjin beslút? Dan krije jo in foarskot (voorschot): jild foarôf.
step-bijstand-decision = Binnen { $term } krije jo in brief mei it beslút.
step-special-costs = Hawwe jo hege kosten dy't jo net betelje kinne? Freegje nei bysûndere bystân (bijzondere bijstand).
step-young-search = Jo binne jonger as 27. Dan sykje jo earst { $term } nei wurk of skoalle.
step-young-rule-may-change = Dizze regel kin feroarje. Freegje wat no jildt.

step-wmo-melding = Jo fertelle de gemeente wat jo nedich hawwe (melding). Jo krije in befêstiging.
step-wmo-own-plan = Wolle jo sels in plan skriuwe? Dat mei. Jo hawwe der { $term } foar (persoonlijk plan).
step-wmo-talk = Binnen { $term } praat ien mei jo, faak by jo thús (keukentafelgesprek).
step-wmo-talk-adaptation = Binnen { $term } praat ien mei jo. Soms komt der in ergoterapeut mei.
step-wmo-bring-someone = Jo meie ien meinimme nei it petear. Bygelyks famylje of in cliëntondersteuner.
step-wmo-report = Dêrnei krije jo in ferslach. Klopt der wat net? Sis it dan.
step-wmo-decision = Freegje jo om help? Dan krije jo binnen { $term } in brief mei it beslút (beschikking).
step-wmo-urgent = Is it driuwend? Sis dat daliks. Dan kin der gau tydlike help komme.
step-wmo-cost = Foar de measte help betelje jo in fêst bedrach yn 'e moanne (eigen bijdrage). It CAK stjoert de rekken.
step-wmo-delivery = Dêrnei duorret it noch efkes. In rolstoel of in ferbouwing kostet tiid.
# REVIEW(fy): "ferhierder" for Dutch "verhuurder" (landlord); check the usual word.
step-rented-home = Hiere jo jo hûs? Fertel it dan ek oan jo ferhierder.
step-objection = Binne jo it net iens mei it beslút? Lit it binnen { $term } witte (bezwaar maken).

step-jeugd-talk = Jo hawwe earst in petear, faak mei it hiele gesin.
step-jeugd-plan = Tegearre meitsje jo in plan foar jo gesin (gezinsplan).
step-jeugd-decision = Is der spesjale help nedich (jeugdhulp)? Dan krije jo binnen { $term } in brief mei it beslút.
step-jeugd-urgent = Is it driuwend? Sis dat. Dan komt der daliks help.
step-jeugd-huisarts = Jo húsdokter kin jo ek direkt trochstjoere nei jeugdhulp.

step-carer-contact = Nim kontakt op mei it stipepunt (steunpunt). Se harkje en tinke mei jo mei.
step-carer-break = Hawwe jo rêst nedich? Freegje nei ien dy't de soarch efkes oernimt (respijtzorg).
step-carer-wmo = Hat de oar mear help nedich? Meld dat by de gemeente. Binnen { $term } is der in petear.
step-carer-thanks = Elk jier betanket de gemeente mantelsoargers (mantelzorgwaardering). It stipepunt fertelt jo hoe.

step-welzijn-contact = Skilje of rin binnen by it wolwêzenswurk. Foar de measte aktiviteiten is der gjin wachtlist.
step-welzijn-visit = Ien skilt jo werom of komt by jo lâns.
step-talk-now = Wolle jo no mei ien prate? De Luisterlijn is der dei en nacht.
step-feeling-down = Fiele jo jo faak somber? Praat der ek oer mei jo húsdokter.
step-ending-life-113 = Tinke jo oan selsdeading? Skilje of chat dan mei 113.
step-taking-part-choose = Tegearre sjogge jo wat by jo past. Bygelyks frijwilligerswurk, in kursus of in aktiviteit.
step-day-activities = Hawwe jo mear help nedich om oerdei wat te dwaan? Freegje de gemeente nei deibesteging (dagbesteding).

step-raadslieden-contact = Meitsje in ôfspraak by de sociaal raadslieden. Of kom nei it spreekoere.
step-raadslieden-read = Jo lêze de brief tegearre. Se lizze út wat jo dwaan moatte.
step-letter-date = Stiet der in datum yn 'e brief? Wachtsje dan net te lang.
step-objection-deadline = Jo hawwe { $term } om beswier te meitsjen. Jo telle fan de datum op de brief ôf.
step-objection-write = De sociaal raadslieden helpe jo de brief te skriuwen.
step-objection-call = Faak skilt de gemeente jo earst. Dan prate jo der tegearre oer.
step-objection-legal = Giet it om in soad jild, of om in rjochtsaak? Freegje it Juridisch Loket om advys.

step-huisarts-first = Meitsje in ôfspraak mei jo eigen húsdokter.
step-huisartsenpost-call-first = Is it driuwend, jûns of yn it wykein? Skilje de húsdokterspost. Gean der net hinne sûnder te skiljen.
step-wijkteam-more = Spilet der mear, lykas jild of iensumens? It wykteam helpt jo fierder.

step-meldpunt-call = Skilje it meldpunt. Fertel wat jo sjogge en wêr.
step-meldpunt-forward = It meldpunt stjoert jo melding troch nei de gemeente fan de oar. Dêr sjogge se wat nedich is.
step-abuse-veilig-thuis = Tinke jo dat de oar mishannele wurdt? Skilje dan Veilig Thuis.

step-one-talk = Jo hawwe ien petear oer alles wat der spilet.
step-one-plan = Tegearre meitsje jo ien plan. Jo krije ien fêste kontaktpersoan.
step-tell-once = Jo hoege jo ferhaal mar ien kear te dwaan.
step-bring-in-desks = It wykteam hellet sels de oare help derby.
step-several-debt-urgent = Moatte jo jo hûs út, of sille se ôfslute? Sis it daliks. Dan is der binnen { $term } in petear oer jo skulden.
step-several-wmo = Hawwe jo help thús nedich? Dan is der binnen { $term } in petear, faak by jo thús.

step-gemeente-listens = Skilje de gemeente. Se harkje en sykje mei jo út wa't jo helpe kin.
step-gemeente-walk-in = Jo kinne ek lâns komme op it spreekoere.

step-no-news-call = Hearre jo neat nei { $term }? Skilje dan sels.
step-may-take-longer = Soms duorret it langer as de wet seit. Freegje dan gerust hoe't it derfoar stiet.


## Nim mei

bring-id = Jo identiteitsbewiis (paspoart, ID-kaart of rydbewiis)
bring-debt-letters = Alle brieven oer jo skulden, ek oanmaningen en brieven fan de deurwaarder
bring-income-proof = Jo leanstrookje (loonstrook) of de brief oer jo útkearing
bring-bank-statements = Jo bankôfskriften fan de lêste 3 moanne
bring-rent-contract = Jo hierkontrakt
bring-rent-mortgage = Jo hierkontrakt of jo hypoteekpapieren
bring-work-papers = Jo ûntslachbrief of jo arbeidskontrakt
bring-household-income = Wat elkenien yn jo hûs fertsjinnet
bring-savings = In oersjoch fan jo sparjild
bring-what-is-hard = Wat net mear slagget, en sûnt wannear
bring-medicine-list = Jo medisynlist of brieven fan jo dokter, as jo dy hawwe
bring-who-helps = Wa't jo no helpt, bygelyks famylje of buorlju
bring-own-plan = Jo eigen plan, as jo dat skriuwe wolle
bring-what-cannot = Wat jo thús of bûten net mear kinne
bring-medical-info = Brieven fan jo dokter, as jo dy hawwe
bring-landlord = Hiere jo? De namme en it telefoannûmer fan jo ferhierder
bring-photos = Maten of foto's fan jo hûs, as jo dy hawwe
bring-what-worries = Wat jo soargen makket, en sûnt wannear
bring-school-doctor = Nammen fan de skoalle, de húsdokter of de jeugddokter (jeugdarts)
bring-earlier-reports = Eardere ferslaggen of brieven, as jo dy hawwe
bring-care-tasks = Wat jo allegear dogge, en hoefolle oeren yn 'e wike
bring-who-else-helps = Wa't der noch mear helpt
bring-what-you-need = Wat jo nedich hawwe: rêst, praktyske help of ien om mei te praten
bring-nothing-needed = Jo hoege neat mei te nimmen.
bring-the-letter = De brief, mei de slúf. Dêr stiet de datum op.
bring-earlier-letters = Eardere brieven oer itselde
bring-what-you-notice = Wat jo merke, en sûnt wannear
bring-what-you-saw = Wat jo seagen, wêr en sûnt wannear
bring-letters-you-have = De brieven dy't jo hawwe
bring-worries-list = In listje mei wat jo de measte soargen jout


## Tsjinsten: ien koarte rigel per tsjinst

service-gemeente-contact = Foar al jo fragen oan de gemeente. Se sykje mei jo út wa't jo helpe kin.
service-wmo-loket = Hjir melde jo jo foar help thús, in oanpassing of ferfier.
service-wijkteams = De sosjale wykteams helpe as der in soad tagelyk spilet. Dit nûmer is foar alle wiken.
service-wijkteam-noord = It team foar de wyk Noord. Ien kontaktpersoan foar al jo fragen.
service-wijkteam-centrum = It team foar de wyk Centrum. Ien kontaktpersoan foar al jo fragen.
service-wijkteam-zuid = It team foar de wyk Zuid. Ien kontaktpersoan foar al jo fragen.
service-jeugd-gezin = Foar fragen oer opfieding en opgroeien, fan swangerskip oant 23 jier.
service-werk-inkomen = Foar bystân, help by hege kosten en help by wurk sykjen.
service-schuldhulp = Helpt jo mei skulden en rekkens. Jo krije in fêste kontaktpersoan.
service-clientondersteuning = Ien dy't allinne oan jo kant stiet. Hy of sy giet mei nei petearen en helpt mei brieven. Dat is fergees.
service-mantelzorg-steunpunt = Foar mantelsoargers: advys, efkes rêst en kontakt mei oaren.
service-welzijn = Buorrehuzen, aktiviteiten, in maatje en help mei formulieren.
service-schuldhulpmaatje = In frijwilliger helpt jo mei jo jild en jo papieren.
service-voedselbank = Iten as jo efkes gjin jild hawwe foar boadskippen.
service-vrijwilligerscentrale = Frijwilligerswurk, in maatje of ferfier troch frijwilligers.
service-sociaal-raadslieden = Fergees help mei brieven, taslaggen, belesting en beswier.
service-huisarts = Jo eigen húsdokter. Op thuisarts.nl lêze jo mear oer jo sûnens.
service-huisartsenpost = Driuwende soarch jûns, nachts en yn it wykein. Skilje altyd earst.
service-alarm-112 = By direkt gefaar: plysje, ambulânse of brânwacht.
service-zelfmoordpreventie-113 = Tinke jo oan selsdeading? Praat der oer, dei en nacht. Fergees en anonym.
service-veilig-thuis = By geweld of mishanneling thús. Foar advys of in melding, dei en nacht.
service-kindertelefoon = Foar bern en jongelju fan 8 oant 18 jier. Skilje of chatte.
service-geldfit = Help by jildsoargen. Jo hoege allinne jo postkoade te neamen.
service-luisterlijn = Ien dy't nei jo harket, dei en nacht.
service-mantelzorglijn = Foar fragen fan mantelsoargers, op wurkdagen.
service-meldpunt-zorgwekkend-gedrag = Meitsje jo jo soargen om ien, mar is it net akuut? Skilje dit meldpunt.
service-juridisch-loket = Advys oer jo rjochten, bygelyks by hier, ûntslach of in beslút.
service-cak = Fragen oer wat jo sels betelje foar help fan de gemeente (eigen bijdrage).
service-uwv = Foar WW, sykte en arbeidsûngeskiktens. Jo melde jo fia werk.nl.
service-ciz = Foar wa't altyd soarch tichtby nedich hat, bygelyks yn in ferpleechhûs.


# REVIEW(fy): machine-assisted; check with a native speaker
# REVIEW(fy): "de jongere", "jongereinwurk" and "helplinen" were chosen for Dutch "de jongere", "jongerenwerk" and "hulplijnen"; check the usual Frisian words.

## Jongelju (ûnder de 18)

question-young = Binne jo jonger as 18 jier?
    .hint = Dit freegje wy allinne omdat der foar jongelju oare help is.
    .why = Foar jongelju ûnder de 18 is der help dy't by jo past. Jo hoege it net earst oan jo âlden te freegjen.
question-young-helper = Is de oar jonger as 18 jier?
    .hint = Dit freegje wy allinne omdat der foar jongelju oare help is.

outcome-young-carer = Der is help foar jongelju dy't thús soargje
    .why = Soargje jo thús foar jo heit, mem, broer of suster? Dan binne jo in jonge mantelsoarger (jonge mantelzorger). Jo meie ek help freegje.
    .helper = Freegje hoe't it mei de jongere sels giet. Skoalle en freonen binne ek wichtich.
outcome-young-worries = Praat der mei ien oer
    .why = Meitsje jo jo soargen oer thús? Jo hoege it net allinne op te lossen. Der binne minsken dy't nei jo harkje.
    .helper = Lit de jongere sels kieze mei wa't hy of sy praat.
outcome-young-money = Der is help by jildsoargen foar jongelju
    .why = Jildsoargen binne swier, ek as jo jong binne. It jongereinwurk (jongerenwerk) helpt jo fergees.
    .helper = Sjoch tegearre nei de brieven. Sykje net alles sels út.

step-young-carer-contact = Skilje of mail it stipepunt mantelsoarch (steunpunt mantelzorg). Sis dat jo jonger binne as 18. Se hawwe ien foar jongelju.
step-young-talk-now = Wolle jo no mei ien prate? Skilje of chat fergees mei de Kindertelefoon. Jo hoege jo namme net te sizzen.
step-young-own-choice = Jo kieze sels oft jo jo âlden fertelle dat jo help freegje.
step-young-school = Jo kinne it ek fertelle oan ien op skoalle, lykas jo mentor.
step-young-not-alone = In soad jongelju soargje thús mei. Jo binne net de iennige.
step-young-cjg = It Centrum voor Jeugd en Gezin (CJG) helpt jongelju en gesinnen. Jo meie sels skilje.
step-young-unsafe-home = Is it thús net feilich? Skilje Veilig Thuis: 0800-2000. Dat mei ek as jo jong binne.
step-young-money-talk = Praat mei ien dy't jo fertrouwe oer jo jildsoargen.
step-young-money-jongerenwerk = It jongereinwurk helpt jo fergees mei jo jild en jo brieven.
step-young-money-geldfit = Jo kinne ek anonym skilje mei Geldfit.

service-jongerenwerk = Foar jongelju: in plak om te praten, aktiviteiten en help mei jild en papieren.


## Postkoade bûten de gemeente

outcome-outside-gemeente = Jo wenje net yn dizze gemeente
    .why = Jo postkoade heart net by dizze gemeente. Jo eigen gemeente helpt jo fierder. Lanlike helplinen helpe jo oeral.
step-outside-not-here = De help op dizze webside is allinne foar ynwenners fan dizze gemeente.
step-outside-call-14 = Skilje jo eigen gemeente: 14 en dan it netnûmer fan jo wenplak. Bygelyks 14 020 yn Amsterdam.
step-outside-find = Witte jo net by hokker gemeente jo hearre? Sykje jo postkoade op overheid.nl.
step-outside-national = De helplinen hjirûnder helpe jo, wêr't jo ek wenje.

service-eigen-gemeente = Sykje mei jo postkoade hokker gemeente by jo heart.


## In soad tagelyk, en it is driuwend

outcome-several-problems-urgent = Ien team helpt jo mei alles. It is driuwend.
    .why = Spilet der in soad tagelyk en driget der wat mei jo hûs of jo jild? Dan helpt it sosjaal wykteam (sociaal wijkteam) jo fluch.
    .helper = Sis daliks wat der driget. Nim de brieven mei.
step-several-say-urgent = Skilje hjoed. Sis daliks wat der driget, lykas dat jo jo hûs út moatte of dat se ôfslute.
