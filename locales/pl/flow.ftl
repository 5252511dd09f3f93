# Wegwijzer: teksty po polsku (pytania, odpowiedzi, porady, kroki, co zabrać, usługi).
# Language: Polish (pl). Source: locales/nl/flow.ftl
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Forma "ty" (jak "je" w oryginale), bez form zależnych od płci (np. bez czasu przeszłego
# w 2. osobie). Holenderskie nazwy urzędowe raz w nawiasie, bo są w listach z gminy.
# { $term } stoi zawsze w bierniku: "za { $term }", "masz { $term }", "przez { $term }",
# "trwa { $term }". Dlatego "duration" podaje formy biernika (np. "1 godzinę").


## Terminy. $unit: hours, days, working-days albo weeks.

# REVIEW(pl): forms are accusative on purpose (see header); check every step sentence reads well with "1 tydzień", "3 dni robocze", "8 tygodni".
duration = { $unit ->
    [hours] { $amount ->
        [one] 1 godzinę
        [few] { $amount } godziny
        [many] { $amount } godzin
       *[other] { $amount } godziny
    }
    [days] { $amount ->
        [one] 1 dzień
        [few] { $amount } dni
        [many] { $amount } dni
       *[other] { $amount } dnia
    }
    [working-days] { $amount ->
        [one] 1 dzień roboczy
        [few] { $amount } dni robocze
        [many] { $amount } dni roboczych
       *[other] { $amount } dnia roboczego
    }
   *[weeks] { $amount ->
        [one] 1 tydzień
        [few] { $amount } tygodnie
        [many] { $amount } tygodni
       *[other] { $amount } tygodnia
    }
}


## Pytanie: w czym potrzebujesz pomocy?

question-topic = W czym potrzebujesz pomocy?
    .hint = Możesz wybrać więcej niż jedną rzecz.
    .why = Dzięki temu wiemy, gdzie najlepiej dostaniesz pomoc. Twoje odpowiedzi zostają na twoim urządzeniu.
question-topic-helper = W czym ta osoba potrzebuje pomocy?
    .hint = Możesz wybrać więcej niż jedną rzecz.

option-topic-money = Pieniądze i rachunki
    .hint = długi, rachunki, których nie możesz zapłacić
option-topic-work-income = Praca lub dochód
    .hint = utrata pracy, brak dochodu lub za mały dochód
option-topic-home = Dom i codzienne sprawy w domu
    .hint = prowadzenie domu, przystosowanie mieszkania
option-topic-health = Twoje zdrowie i samopoczucie
    .hint = ciało, psychika, alkohol lub narkotyki
option-topic-children = Dzieci i wychowanie
    .hint = martwisz się o swoje dziecko
option-topic-caring = Opieka nad bliską osobą
    .hint = opiekujesz się rodzicem, partnerem lub dzieckiem
option-topic-alone = Samotność
    .hint = mało kontaktu z innymi
option-topic-safety = Bezpieczeństwo w domu
    .hint = przemoc, groźby lub strach w domu
option-topic-taking-part = Zajęcie i kontakt z ludźmi
    .hint = coś do robienia w ciągu dnia, wolontariat, nauka
option-topic-letters = Listy i formularze
    .hint = zrozumieć list, nie zgadzać się z decyzją
option-topic-dont-know = Dużo naraz / nie wiem
    .hint = jeden zespół pomoże ci we wszystkim


## Pytanie: czy coś ci grozi z powodu długów?

question-debt-threat = Czy grozi ci utrata mieszkania? Albo odcięcie gazu, prądu lub wody?
    .hint = Wybierz „tak” także wtedy, gdy kończy się twoje ubezpieczenie zdrowotne.
    .why = Wtedy gmina musi pomóc ci szybciej. Rozmowę masz wtedy w ciągu kilku dni.
question-debt-threat-helper = Czy tej osobie grozi utrata mieszkania? Albo odcięcie gazu, prądu lub wody?
    .hint = Wybierz „tak” także wtedy, gdy kończy się ubezpieczenie zdrowotne tej osoby.


## Pytanie: praca lub dochód

question-income-situation = Co najlepiej pasuje do twojej sytuacji?
    .why = Z utratą pracy idziesz najpierw do UWV. Po zasiłek socjalny (bijstand) idziesz do gminy.
question-income-situation-helper = Co najlepiej pasuje do sytuacji tej osoby?

option-income-situation-lost-job = Nie mam już pracy albo wkrótce ją stracę
option-income-situation-no-income = Nie mam dochodu albo mam za mało, żeby z tego żyć
option-income-situation-other = Coś innego
    .hint = gmina pomoże ci znaleźć rozwiązanie

# REVIEW(pl): "dodatkowa zasada" = the 4-week search period for under-27s (zoektermijn); check the tone.
question-under-27 = Czy masz mniej niż 27 lat?
    .why = Dla osób poniżej 27 lat przy zasiłku socjalnym jest dodatkowa zasada.
question-under-27-helper = Czy ta osoba ma mniej niż 27 lat?


## Pytanie: dom

question-home-need = W czym potrzebujesz pomocy w domu?
    .why = Wtedy wiemy, jaka pomoc do ciebie pasuje.
question-home-need-helper = W czym ta osoba potrzebuje pomocy w domu?

option-home-need-household = Nie daję już rady z domem albo z dbaniem o siebie
    .hint = na przykład sprzątanie, mycie się lub ubieranie
option-home-need-adaptation = Przystosowanie mieszkania, wózek inwalidzki lub transport
    .hint = na przykład krzesełko schodowe albo taksówka do sklepu
option-home-need-other = Coś innego
    .hint = gmina pomoże ci znaleźć rozwiązanie


## Pytanie: zdrowie

question-health-need = Co najlepiej pasuje do twojej sytuacji?
    .why = Jest bardzo źle? Wtedy od razu pokażemy ci najszybszą pomoc.
question-health-need-helper = Co najlepiej pasuje do sytuacji tej osoby?

# REVIEW(pl): crisis wording about suicide; check that the tone is calm and safe.
option-health-need-crisis = Czuję się bardzo źle. Myślę o samobójstwie.
option-health-need-unwell = Nie czuję się dobrze, w ciele albo w głowie
    .hint = także przy problemach z alkoholem, narkotykami lub hazardem
option-health-need-someone-else = Martwię się o kogoś innego
    .hint = na przykład o sąsiada, który wydaje się zagubiony


## Pytanie: dzieci

question-child-safety = Martwisz się, czy twoje dziecko jest bezpieczne?
    .hint = Na przykład: ktoś bije twoje dziecko albo w domu jest dużo przemocy.
    .why = Twoje dziecko nie jest bezpieczne? Wtedy od razu pokażemy ci właściwą pomoc.
question-child-safety-helper = Martwisz się, czy to dziecko jest bezpieczne?
    .hint = Na przykład: ktoś bije dziecko albo w domu jest dużo przemocy.


## Pytanie: listy

question-letter-kind = Jaki jest problem z listem?
    .why = Wtedy wiemy, czy musisz pilnować jakiejś daty.
question-letter-kind-helper = Jaki problem ma ta osoba z listem?

option-letter-kind-understand = Nie rozumiem listu lub formularza
option-letter-kind-disagree = Nie zgadzam się z decyzją


## Pytanie o cud (możesz je pominąć)

question-own-words = Co byłoby inaczej, gdyby było lepiej?
    .hint = Napisz to własnymi słowami. Możesz pominąć to pytanie.
    .why = Tak widzisz, co jest dla ciebie ważne. Weź to na rozmowę. Nigdzie tego nie wysyłamy.
question-own-words-helper = Co byłoby inaczej dla tej osoby, gdyby było lepiej?
    .hint = Napiszcie to razem, słowami tej osoby. Możesz pominąć to pytanie.


## Pytanie: kod pocztowy (możesz je pominąć)

question-postcode = Jaki jest twój kod pocztowy?
    .hint = Możesz też wpisać numer domu. Nie musisz.
    .why = Wtedy znajdziemy zespół blisko ciebie. Twój kod pocztowy zostaje na twoim urządzeniu.
question-postcode-helper = Jaki jest kod pocztowy tej osoby?
    .hint = Możesz też wpisać numer domu. Nie musisz.


## Porady

outcome-unsafe-at-home = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.
    .why = Twoje bezpieczeństwo jest najważniejsze. Nie ma bezpośredniego zagrożenia? Zadzwoń do Veilig Thuis. Nie musisz podawać nazwiska.
    .helper = Nie zadawaj pytań, na które ta osoba nie chce odpowiadać. Niech zadzwoni sama albo zadzwońcie razem.

outcome-mental-crisis = Porozmawiaj teraz z 113
    .why = Nie musisz zostawać z tym w pojedynkę. W 113 ktoś cię wysłucha, w dzień i w nocy. To jest bezpłatne i anonimowe.
    .helper = Zostań przy tej osobie. Zadzwońcie razem albo niech ta osoba napisze na czacie. Jest bezpośrednie zagrożenie? Zadzwoń pod 112.

outcome-debt-help = Pomoc w sprawie długów (schuldhulp) może ci pomóc
    .why = Każda gmina musi pomagać w sprawie długów. Im wcześniej zaczniesz, tym lepiej.
    .helper = Pomóż zebrać listy. Wolontariusz z SchuldHulpMaatje może też pójść na rozmowę.

outcome-debt-help-urgent = Szybko zadzwoń po pomoc w sprawie długów
    .why = Grozi ci coś poważnego: utrata mieszkania, gazu, prądu, wody albo ubezpieczenia zdrowotnego. Wtedy gmina musi pomóc ci bardzo szybko.
    .helper = Zadzwońcie razem, jeszcze dziś. Od razu powiedzcie, co grozi. Miejcie list pod ręką.

outcome-job-loss = Najpierw idź do UWV
    .why = Nie masz już pracy? Wtedy możesz dostać zasiłek dla bezrobotnych (WW-uitkering). Załatwiasz go w UWV, nie w gminie.
    .helper = Pomóż zalogować się na werk.nl. Sprawdźcie razem, czy WW wystarczy na życie.

outcome-income-support = Gmina może ci pomóc zasiłkiem socjalnym (bijstand)
    .why = Nie masz dochodu albo masz za mało? Wtedy możesz poprosić gminę o zasiłek socjalny.
    .helper = Jeśli teraz nie ma pieniędzy, poproście razem o zaliczkę (voorschot). To jest prawo tej osoby.

outcome-income-support-young = Gmina może ci pomóc zasiłkiem socjalnym (bijstand)
    .why = Nie masz dochodu albo masz za mało? Wtedy możesz poprosić gminę o zasiłek socjalny. Dla młodych osób jest dodatkowa zasada.
    .helper = Szukajcie razem pracy lub szkoły. Zapisujcie, co robicie. To pomaga przy wniosku.

outcome-wmo-household = Gmina może ci pomóc w domu
    .why = Nie dajesz już rady z domem albo z dbaniem o siebie? Wtedy gmina sprawdzi, jaka pomoc do ciebie pasuje.
    .helper = Idź razem z tą osobą na rozmowę. Może też pójść doradca wspierający (cliëntondersteuner). To jest bezpłatne.

outcome-wmo-adaptation = Gmina może ci pomóc z przystosowaniem
    .why = Potrzebujesz przystosowania w domu? Albo wózka inwalidzkiego lub transportu? Gmina może pomóc.
    .helper = Zróbcie razem zdjęcia tego, co w domu jest trudne. To pomaga w rozmowie.

outcome-child-worry = Porozmawiaj o swoich obawach o dziecko
    .why = Centrum voor Jeugd en Gezin (centrum dla dzieci, młodzieży i rodzin) pomaga rodzicom i dzieciom. Możesz tam przyjść z każdym pytaniem.
    .helper = Potraktuj te obawy poważnie. Idźcie razem na pierwszą rozmowę, jeśli rodzic tego chce.

outcome-child-unsafe = Czy twoje dziecko jest teraz w niebezpieczeństwie? Zadzwoń pod 112.
    .why = Bezpieczeństwo twojego dziecka jest najważniejsze. Veilig Thuis wie, co możesz zrobić.
    .helper = Zadzwońcie razem do Veilig Thuis. Można dzwonić także wtedy, gdy nie ma pewności.

outcome-carer-support = Jest pomoc dla osób, które opiekują się bliskimi
    .why = Opiekujesz się kimś? Wtedy jesteś osobą opiekującą się bliskim (mantelzorger). Ty też możesz prosić o pomoc.
    .helper = Zapytaj, jak czuje się osoba, która się opiekuje. Często się o tym zapomina.

outcome-loneliness = Blisko ciebie są ludzie
    .why = Wiele osób czasem czuje się samotnie. W okolicy możesz poznać innych ludzi.
    .helper = Za pierwszym razem idźcie razem na zajęcia. Wtedy łatwiej zrobić ten krok.

outcome-taking-part = Działaj razem z innymi w okolicy
    .why = Zajęcie w ciągu dnia daje spokój i kontakt z ludźmi. Organizacja pomocy społecznej (welzijnswerk) pomoże ci znaleźć coś dla siebie.
    .helper = Zapytaj, co ta osoba lubi albo co dobrze umie. Zacznijcie od małych rzeczy.

outcome-letter-help = Przeczytaj list razem z kimś
    .why = Doradcy socjalni (sociaal raadslieden) bezpłatnie pomagają z listami i formularzami.
    .helper = Sprawdźcie razem datę na liście. Nie czekajcie za długo.

# REVIEW(pl): "sprzeciw (bezwaar maken)" — Dutch "bezwaar" is an objection to the same body, not an appeal ("odwołanie"); check the term.
outcome-objection-help = Możesz powiedzieć, że się nie zgadzasz
    .why = Nie zgadzasz się z decyzją? Wtedy możesz złożyć sprzeciw (bezwaar maken). Jest na to termin.
    .helper = Zwróć uwagę na datę na liście. Pomóż napisać pismo albo idźcie razem do doradców (raadslieden).

outcome-health-support = Porozmawiaj z lekarzem rodzinnym i zespołem dzielnicowym
    .why = Lekarz rodzinny (huisarts) pomaga w sprawach zdrowia. Zespół dzielnicowy (wijkteam) pomaga w innych sprawach.
    .helper = Idźcie razem do lekarza, jeśli ta osoba tego chce. Zapiszcie razem, co się dzieje.

outcome-worry-about-someone = Zgłoś, że martwisz się o tę osobę
    .why = Martwisz się o kogoś, ale sprawa nie jest nagła? Wtedy możesz zadzwonić do punktu zgłoszeń (meldpunt).
    .helper = Zapisz, co się działo, gdzie i kiedy. To pomaga punktowi zgłoszeń.

outcome-several-problems = Jeden zespół pomoże ci we wszystkim
    .why = Dużo dzieje się naraz? Wtedy pomoże ci zespół socjalny w dzielnicy (sociaal wijkteam). Swoją historię opowiadasz tylko raz.
    .helper = Zróbcie razem listę tego, co najbardziej martwi. Może też pomóc osoba z podobnym doświadczeniem (ervaringsdeskundige).

outcome-ask-gemeente = Zadzwoń do gminy
    .why = Gmina wysłucha twojego pytania. Razem z tobą poszuka właściwej pomocy.
    .helper = Zadzwońcie razem. Zapiszcie pytanie wcześniej.


## Co dzieje się teraz? ($term to czas, na przykład "6 tygodni")

step-danger-call-112 = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.
step-danger-now-112 = Czy teraz jest niebezpiecznie? Zadzwoń pod 112.
step-veilig-thuis-call = Zadzwoń do Veilig Thuis. Są dostępni w dzień i w nocy. Nie musisz podawać nazwiska.
step-veilig-thuis-child = Zadzwoń do Veilig Thuis. Razem z tobą zastanowią się, co zrobić dla dziecka.
step-veilig-thuis-helps = Veilig Thuis daje porady. Jeśli chcesz, zorganizują pomoc.
step-safe-place = Nie możesz zostać w domu? Veilig Thuis razem z tobą poszuka bezpiecznego miejsca (opvang).
step-child-can-call = Twoje dziecko może też samo zadzwonić do Kindertelefoon albo napisać na czacie. To jest bezpłatne.

step-call-113-now = Zadzwoń teraz pod 113 albo napisz na czacie. To jest bezpłatne i anonimowe.
step-no-forms = Nie musisz nic wypełniać.
step-huisarts-soon = Porozmawiaj też z lekarzem rodzinnym. Wieczorem i w weekend dzwoń do dyżuru lekarskiego (huisartsenpost).

step-debt-sign-up = Zadzwoń albo napisz e-mail do poradni długów (schuldhulp). Możesz też przyjść na dyżur (spreekuur).
step-debt-intake = Pierwszą rozmowę (intakegesprek) masz najpóźniej za { $term }.
step-debt-threat-later = Grozi ci jednak utrata mieszkania albo odcięcie prądu, gazu lub wody? Powiedz to od razu.
step-debt-say-urgent = Od razu powiedz, co ci grozi. Weź ze sobą list w tej sprawie.
step-debt-intake-urgent = Wtedy pierwszą rozmowę (intakegesprek) masz najpóźniej za { $term }.
step-debt-decision = Potem dostajesz list z decyzją. Zwykle trwa to mniej więcej { $term }.
step-debt-cost = Zwykle ta pomoc nic nie kosztuje. Śmiało o to zapytaj.

step-uwv-ww = Poproś UWV o zasiłek dla bezrobotnych (WW-uitkering). Możesz to zrobić na werk.nl.
step-ww-too-low = Nie dostajesz WW albo to za mało? Wtedy gmina może pomóc.
step-dismissal-advice = Nie zgadzasz się ze zwolnieniem z pracy? Juridisch Loket udziela porad prawnych.
step-toeslagen-check = Sprawdź, czy masz prawo do dodatków (toeslagen). Pomogą ci doradcy socjalni.

step-bijstand-sign-up = Najpierw zarejestruj się na werk.nl. Potem gmina się z tobą skontaktuje.
step-money-today = Nie masz teraz pieniędzy na jedzenie lub czynsz? Powiedz to od razu.
# REVIEW(pl): "zaliczka (voorschot)" — check it is clear this is money paid before the decision.
step-bijstand-advance = Czekasz już { $term } i nadal nie ma decyzji? Wtedy dostajesz zaliczkę (voorschot), czyli pieniądze z góry.
step-bijstand-decision = Najpóźniej za { $term } dostajesz list z decyzją.
step-special-costs = Masz wysokie koszty, których nie możesz zapłacić? Zapytaj o specjalny zasiłek (bijzondere bijstand).
step-young-search = Masz mniej niż 27 lat. Wtedy najpierw przez { $term } szukasz pracy lub szkoły.
step-young-rule-may-change = Ta zasada może się zmienić. Zapytaj, co obowiązuje teraz.

step-wmo-melding = Mówisz gminie, czego potrzebujesz (melding). Dostajesz potwierdzenie.
step-wmo-own-plan = Chcesz napisać własny plan? Możesz. Masz na to { $term } (persoonlijk plan).
step-wmo-talk = Najpóźniej za { $term } ktoś z tobą porozmawia, często u ciebie w domu (keukentafelgesprek).
step-wmo-talk-adaptation = Najpóźniej za { $term } ktoś z tobą porozmawia. Czasem przychodzi też terapeuta zajęciowy (ergotherapeut).
step-wmo-bring-someone = Możesz zabrać kogoś na rozmowę. Na przykład kogoś z rodziny albo doradcę wspierającego (cliëntondersteuner).
step-wmo-report = Potem dostajesz sprawozdanie z rozmowy. Coś się nie zgadza? Powiedz to.
# REVIEW(pl): "list z decyzją (beschikking)" — check that this explains the formal decision well.
step-wmo-decision = Prosisz o pomoc? Wtedy najpóźniej za { $term } dostajesz list z decyzją (beschikking).
step-wmo-urgent = To pilne? Powiedz to od razu. Wtedy szybko może przyjść pomoc na jakiś czas.
step-wmo-cost = Za większość pomocy płacisz stałą kwotę co miesiąc (eigen bijdrage). Rachunek wysyła CAK.
step-wmo-delivery = Potem trzeba jeszcze trochę poczekać. Wózek inwalidzki albo przebudowa wymaga czasu.
step-rented-home = Wynajmujesz mieszkanie? Powiedz o tym też właścicielowi.
step-objection = Nie zgadzasz się z decyzją? Masz { $term }, żeby to zgłosić (bezwaar maken).

step-jeugd-talk = Najpierw jest rozmowa, często z całą rodziną.
step-jeugd-plan = Razem tworzycie plan dla twojej rodziny (gezinsplan).
step-jeugd-decision = Potrzebna jest specjalna pomoc (jeugdhulp)? Wtedy najpóźniej za { $term } dostajesz list z decyzją.
step-jeugd-urgent = To pilne? Powiedz o tym. Wtedy pomoc przychodzi od razu.
step-jeugd-huisarts = Lekarz rodzinny może też skierować cię prosto do pomocy dla dzieci i młodzieży (jeugdhulp).

step-carer-contact = Skontaktuj się z punktem wsparcia (steunpunt). Wysłuchają cię i pomogą szukać rozwiązań.
step-carer-break = Potrzebujesz odpoczynku? Zapytaj o kogoś, kto na chwilę przejmie opiekę (respijtzorg).
step-carer-wmo = Osoba, którą się opiekujesz, potrzebuje więcej pomocy? Zgłoś to w gminie. Najpóźniej za { $term } będzie rozmowa.
step-carer-thanks = Co roku gmina dziękuje osobom, które opiekują się bliskimi (mantelzorgwaardering). Punkt wsparcia powie ci, jak to działa.

step-welzijn-contact = Zadzwoń albo przyjdź do organizacji pomocy społecznej (welzijnswerk). Na większość zajęć nie ma listy oczekujących.
step-welzijn-visit = Ktoś do ciebie oddzwoni albo cię odwiedzi.
step-talk-now = Chcesz teraz z kimś porozmawiać? De Luisterlijn działa w dzień i w nocy.
step-feeling-down = Często masz zły nastrój? Porozmawiaj o tym też z lekarzem rodzinnym.
step-ending-life-113 = Myślisz o samobójstwie? Zadzwoń wtedy pod 113 albo napisz na czacie.
step-taking-part-choose = Razem sprawdzacie, co do ciebie pasuje. Na przykład wolontariat, kurs albo zajęcia.
step-day-activities = Potrzebujesz więcej pomocy, żeby mieć zajęcie w ciągu dnia? Zapytaj gminę o zajęcia dzienne (dagbesteding).

step-raadslieden-contact = Umów się u doradców socjalnych (sociaal raadslieden). Albo przyjdź na dyżur (spreekuur).
step-raadslieden-read = Razem czytacie list. Doradcy wyjaśnią ci, co musisz zrobić.
step-letter-date = Na liście jest data? Wtedy nie czekaj za długo.
step-objection-deadline = Na sprzeciw masz { $term }. Liczysz od daty na liście.
step-objection-write = Doradcy socjalni pomogą ci napisać pismo.
step-objection-call = Często gmina najpierw do ciebie dzwoni. Wtedy razem o tym rozmawiacie.
step-objection-legal = Chodzi o dużo pieniędzy albo o sprawę w sądzie? Poproś Juridisch Loket o poradę.

step-huisarts-first = Umów się na wizytę u swojego lekarza rodzinnego.
step-huisartsenpost-call-first = To pilne, a jest wieczór albo weekend? Zadzwoń do dyżuru lekarskiego (huisartsenpost). Nie idź tam bez telefonu.
step-wijkteam-more = Masz też inne kłopoty, na przykład z pieniędzmi lub samotnością? Zespół dzielnicowy (wijkteam) ci pomoże.

step-meldpunt-call = Zadzwoń do punktu zgłoszeń (meldpunt). Powiedz, co widzisz i gdzie.
step-meldpunt-forward = Punkt zgłoszeń przekaże twoje zgłoszenie do gminy tej osoby. Tam sprawdzą, co jest potrzebne.
step-abuse-veilig-thuis = Myślisz, że ktoś krzywdzi tę osobę? Zadzwoń wtedy do Veilig Thuis.

step-one-talk = Masz jedną rozmowę o wszystkim, co się dzieje.
step-one-plan = Razem tworzycie jeden plan. Dostajesz jedną stałą osobę kontaktową.
step-tell-once = Swoją historię opowiadasz tylko raz.
step-bring-in-desks = Zespół dzielnicowy sam zorganizuje inną pomoc.
step-several-debt-urgent = Grozi ci utrata mieszkania albo odcięcie gazu, prądu lub wody? Powiedz to od razu. Wtedy najpóźniej za { $term } masz rozmowę o długach.
step-several-wmo = Potrzebujesz pomocy w domu? Wtedy najpóźniej za { $term } masz rozmowę, często u ciebie w domu.

step-gemeente-listens = Zadzwoń do gminy. Wysłuchają cię i razem sprawdzicie, kto może ci pomóc.
step-gemeente-walk-in = Możesz też przyjść na dyżur (spreekuur).

step-no-news-call = Czekasz już { $term } i nic nie wiesz? Wtedy zadzwoń do nich.
step-may-take-longer = Czasem trwa to dłużej, niż mówi prawo. Wtedy śmiało zapytaj, co z twoją sprawą.


## Weź ze sobą

bring-id = Dokument tożsamości (paszport, dowód osobisty lub prawo jazdy)
bring-debt-letters = Wszystkie listy o długach, także wezwania do zapłaty (aanmaningen) i listy od komornika (deurwaarder)
bring-income-proof = Pasek wypłaty (loonstrook) albo list o twoim zasiłku
bring-bank-statements = Wyciągi z konta z ostatnich 3 miesięcy
bring-rent-contract = Umowa najmu (huurcontract)
bring-rent-mortgage = Umowa najmu albo dokumenty kredytu hipotecznego (hypotheek)
bring-work-papers = Wypowiedzenie z pracy albo umowa o pracę
bring-household-income = Ile zarabia każda osoba w twoim domu
bring-savings = Zestawienie twoich oszczędności
bring-what-is-hard = Z czym już sobie nie radzisz i od kiedy
bring-medicine-list = Lista leków albo listy od lekarza, jeśli je masz
bring-who-helps = Kto ci teraz pomaga, na przykład rodzina lub sąsiedzi
bring-own-plan = Twój własny plan, jeśli chcesz go napisać
bring-what-cannot = Czego nie możesz już robić w domu lub poza domem
bring-medical-info = Listy od lekarza, jeśli je masz
bring-landlord = Wynajmujesz? Imię, nazwisko i numer telefonu właściciela mieszkania
bring-photos = Wymiary lub zdjęcia mieszkania, jeśli je masz
bring-what-worries = Co cię martwi i od kiedy
bring-school-doctor = Nazwa szkoły, nazwisko lekarza rodzinnego lub lekarza szkolnego (jeugdarts)
bring-earlier-reports = Wcześniejsze sprawozdania lub listy, jeśli je masz
bring-care-tasks = Co robisz przy opiece i ile godzin w tygodniu
bring-who-else-helps = Kto jeszcze pomaga
bring-what-you-need = Czego ty potrzebujesz: odpoczynku, praktycznej pomocy czy kogoś do rozmowy
bring-nothing-needed = Nie musisz nic ze sobą brać.
bring-the-letter = List razem z kopertą. Na niej jest data.
bring-earlier-letters = Wcześniejsze listy w tej samej sprawie
bring-what-you-notice = Co zauważasz i od kiedy
bring-what-you-saw = Co się działo, gdzie i od kiedy
bring-letters-you-have = Listy, które masz
bring-worries-list = Lista tego, co najbardziej cię martwi


## Usługi: jedno krótkie zdanie na usługę

service-gemeente-contact = Na wszystkie pytania do gminy. Razem z tobą sprawdzą, kto może ci pomóc.
service-wmo-loket = Tu zgłaszasz się po pomoc w domu, przystosowanie mieszkania lub transport.
service-wijkteams = Zespoły socjalne w dzielnicach pomagają, gdy dużo dzieje się naraz. Ten numer jest dla wszystkich dzielnic.
service-wijkteam-noord = Zespół dla dzielnicy Noord. Jedna osoba kontaktowa do wszystkich twoich pytań.
service-wijkteam-centrum = Zespół dla dzielnicy Centrum. Jedna osoba kontaktowa do wszystkich twoich pytań.
service-wijkteam-zuid = Zespół dla dzielnicy Zuid. Jedna osoba kontaktowa do wszystkich twoich pytań.
service-jeugd-gezin = Pytania o wychowanie i dorastanie, od ciąży do 23 lat.
service-werk-inkomen = Zasiłek socjalny (bijstand), pomoc przy wysokich kosztach i pomoc w szukaniu pracy.
service-schuldhulp = Pomaga z długami i rachunkami. Dostajesz stałą osobę kontaktową.
service-clientondersteuning = Ktoś, kto jest tylko po twojej stronie. Chodzi z tobą na rozmowy i pomaga z listami. To jest bezpłatne.
service-mantelzorg-steunpunt = Dla osób opiekujących się bliskimi (mantelzorgers): porady, chwila odpoczynku i kontakt z innymi.
service-welzijn = Domy sąsiedzkie, zajęcia, towarzysz (maatje) i pomoc z formularzami.
service-schuldhulpmaatje = Wolontariusz pomaga ci z pieniędzmi i dokumentami.
service-voedselbank = Jedzenie, gdy przez jakiś czas nie masz pieniędzy na zakupy.
service-vrijwilligerscentrale = Wolontariat, towarzysz (maatje) albo transport z pomocą wolontariuszy.
service-sociaal-raadslieden = Bezpłatna pomoc z listami, dodatkami (toeslagen), podatkami i sprzeciwem.
service-huisarts = Twój lekarz rodzinny. Na thuisarts.nl przeczytasz więcej o zdrowiu.
service-huisartsenpost = Pilna pomoc lekarska wieczorem, w nocy i w weekend. Zawsze najpierw zadzwoń.
service-alarm-112 = Przy bezpośrednim zagrożeniu: policja, karetka lub straż pożarna.
service-zelfmoordpreventie-113 = Myślisz o samobójstwie? Porozmawiaj o tym, w dzień i w nocy. Bezpłatnie i anonimowo.
service-veilig-thuis = Przy przemocy lub krzywdzeniu w domu. Porada lub zgłoszenie, w dzień i w nocy.
service-kindertelefoon = Dla dzieci i młodzieży od 8 do 18 lat. Telefon lub czat.
service-geldfit = Pomoc przy kłopotach z pieniędzmi. Podajesz tylko swój kod pocztowy.
service-luisterlijn = Ktoś, kto cię wysłucha, w dzień i w nocy.
service-mantelzorglijn = Pytania od osób opiekujących się bliskimi, w dni robocze.
service-meldpunt-zorgwekkend-gedrag = Martwisz się o kogoś, ale sprawa nie jest nagła? Zadzwoń do tego punktu zgłoszeń.
service-juridisch-loket = Porady o twoich prawach, na przykład przy najmie, zwolnieniu z pracy lub decyzji.
service-cak = Pytania o twoją własną opłatę za pomoc z gminy (eigen bijdrage).
service-uwv = WW, choroba i niezdolność do pracy. Zgłaszasz się przez werk.nl.
service-ciz = Dla osób, które zawsze potrzebują opieki blisko siebie, na przykład w domu opieki.


# REVIEW(pl): machine-assisted; check with a native speaker

## Młodzi ludzie (poniżej 18 lat)

question-young = Czy masz mniej niż 18 lat?
    .hint = Pytamy o to tylko dlatego, że dla młodych ludzi jest inna pomoc.
    .why = Dla osób poniżej 18 lat jest pomoc, która do ciebie pasuje. Nie musisz najpierw pytać rodziców.
question-young-helper = Czy ta osoba ma mniej niż 18 lat?
    .hint = Pytamy o to tylko dlatego, że dla młodych ludzi jest inna pomoc.

outcome-young-carer = Jest pomoc dla młodych ludzi, którzy opiekują się kimś w domu
    .why = Opiekujesz się w domu tatą, mamą, bratem albo siostrą? Wtedy jesteś młodą osobą opiekującą się bliskim (jonge mantelzorger). Ty też możesz prosić o pomoc.
    .helper = Zapytaj, jak się czuje ta młoda osoba. Szkoła i przyjaciele też są ważni.
outcome-young-worries = Porozmawiaj o tym z kimś
    .why = Martwisz się tym, co dzieje się w domu? Nie musisz radzić sobie z tym w pojedynkę. Są ludzie, którzy cię wysłuchają.
    .helper = Niech ta młoda osoba sama wybierze, z kim porozmawia.
outcome-young-money = Jest pomoc dla młodych ludzi, którzy mają kłopoty z pieniędzmi
    .why = Kłopoty z pieniędzmi są trudne, także w młodym wieku. Pracownicy młodzieżowi (jongerenwerk) pomogą ci za darmo.
    .helper = Przejrzyjcie razem listy. Nie próbuj wszystkiego załatwiać w pojedynkę.

step-young-carer-contact = Zadzwoń albo napisz e-mail do punktu wsparcia dla osób opiekujących się bliskimi (steunpunt mantelzorg). Powiedz, że masz mniej niż 18 lat. Mają tam kogoś dla młodych ludzi.
step-young-talk-now = Chcesz teraz z kimś porozmawiać? Zadzwoń albo napisz na czacie do Kindertelefoon (telefon zaufania dla dzieci i młodzieży). To jest bezpłatne. Nie musisz podawać imienia.
step-young-own-choice = Ty decydujesz, czy powiesz rodzicom, że prosisz o pomoc.
step-young-school = Możesz też powiedzieć o tym komuś w szkole, na przykład wychowawcy (mentor).
step-young-not-alone = Wielu młodych ludzi pomaga w opiece w domu. Nie tylko ty tak masz.
step-young-cjg = Centrum voor Jeugd en Gezin (CJG, centrum dla dzieci, młodzieży i rodzin) pomaga młodym ludziom i rodzinom. Możesz tam zadzwonić samodzielnie.
step-young-unsafe-home = W domu nie jest bezpiecznie? Zadzwoń do Veilig Thuis (pomoc przy przemocy w domu): 0800-2000. Możesz dzwonić także jako młoda osoba.
step-young-money-talk = Porozmawiaj o swoich kłopotach z pieniędzmi z kimś, komu ufasz.
step-young-money-jongerenwerk = Pracownicy młodzieżowi (jongerenwerk) za darmo pomogą ci z pieniędzmi i listami.
step-young-money-geldfit = Możesz też anonimowo zadzwonić do Geldfit.

service-jongerenwerk = Dla młodych ludzi: miejsce do rozmowy, zajęcia i pomoc z pieniędzmi i dokumentami.


## Kod pocztowy spoza gminy

outcome-outside-gemeente = Nie mieszkasz w tej gminie
    .why = Twój kod pocztowy nie należy do tej gminy. Twoja własna gmina pomoże ci dalej. Ogólnokrajowe telefony pomocy pomogą ci wszędzie.
step-outside-not-here = Pomoc na tej stronie jest tylko dla mieszkańców tej gminy.
step-outside-call-14 = Zadzwoń do swojej gminy: wybierz 14, a potem numer kierunkowy swojej miejscowości. Na przykład 14 020 w Amsterdamie.
step-outside-find = Nie wiesz, do której gminy należysz? Wyszukaj swój kod pocztowy na overheid.nl.
step-outside-national = Telefony pomocy poniżej pomogą ci, gdziekolwiek mieszkasz.

service-eigen-gemeente = Sprawdź po kodzie pocztowym, do której gminy należysz.


## Dużo naraz i sprawa jest pilna

outcome-several-problems-urgent = Jeden zespół pomoże ci we wszystkim. Sprawa jest pilna.
    .why = Dużo dzieje się naraz i coś grozi twojemu mieszkaniu albo twoim pieniądzom? Wtedy zespół socjalny w dzielnicy (sociaal wijkteam) szybko ci pomoże.
    .helper = Od razu powiedz, co grozi. Weź ze sobą listy.
step-several-say-urgent = Zadzwoń dzisiaj. Od razu powiedz, co ci grozi, na przykład utrata mieszkania albo odcięcie gazu, prądu lub wody.
