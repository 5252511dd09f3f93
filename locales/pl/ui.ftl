# Wegwijzer: teksty samego widżetu (przyciski, nagłówki, błędy, pasek kryzysowy).
# Language: Polish (pl). Source: locales/nl/ui.ftl
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Forma "ty", bez form zależnych od płci. Krótkie zdania (B1). Numery telefonów
# i przykłady kodów pocztowych bez zmian.

## Pasek kryzysowy: zawsze widoczny, nad pytaniem.

crisis-heading = Potrzebujesz pomocy od razu?
crisis-role-emergency = Zagrożenie życia?
crisis-role-suicide-prevention = Myślisz o samobójstwie?
crisis-role-suicide-prevention-helper = Ktoś myśli o samobójstwie?
crisis-role-veilig-thuis = W domu nie jest bezpiecznie?
crisis-role-huisartsenpost = Potrzebujesz lekarza wieczorem lub w weekend?
crisis-role-gemeente = Masz pytanie do gminy?
crisis-role-helpline = Chcesz z kimś porozmawiać?

## Telefon i godziny otwarcia

phone-call = Zadzwoń: { $number }
phone-free = bezpłatnie
phone-anonymous = nie musisz podawać nazwiska
hours-always = w dzień i w nocy
hours-label = Czynne:
schedule-walk-in = Bez umawiania się:
schedule-phone = Telefon:
schedule-appointment = Po umówieniu się:
opening-time = { $days } od { $opens } do { $closes }
day-range = { $from } – { $to }
day-mo = poniedziałek
day-tu = wtorek
day-we = środa
day-th = czwartek
day-fr = piątek
day-sa = sobota
day-su = niedziela
address-label = Adres:
link-website = Strona internetowa: { $name }
link-chat = Czat: { $name }
link-email = Napisz e-mail: { $address }

## Ekran pytania

# REVIEW(pl): "question N of at most M" (the route can be shorter).
progress = Pytanie { $number } z najwyżej { $total }
button-next = Dalej
button-skip = Pomiń
button-back = Wstecz
why-question = Dlaczego o to pytamy?
choose-many = Możesz wybrać więcej niż jedną odpowiedź.
helper-toggle = Wypełniam to za kogoś innego
answer-yes = Tak
answer-no = Nie
postcode-label = Kod pocztowy (postcode)
postcode-hint = Na przykład: 1234 AB
house-number-label = Numer domu (możesz zostawić puste)
house-number-hint = Na przykład: 12 albo 12a
text-count = { $left ->
    [one] Możesz wpisać jeszcze 1 znak.
    [few] Możesz wpisać jeszcze { $left } znaki.
    [many] Możesz wpisać jeszcze { $left } znaków.
   *[other] Możesz wpisać jeszcze { $left } znaku.
}
text-over = { $over ->
    [one] To o 1 znak za dużo.
    [few] To o { $over } znaki za dużo.
    [many] To o { $over } znaków za dużo.
   *[other] To o { $over } znaku za dużo.
}
# REVIEW(pl): new messages (issue 19: the language button, what ticking "I don't know" turned off).
# Said (politely) when ticking one option unticked others, or the reverse.
choice-others-off = Pozostałe wybory zostały odznaczone.
choice-exclusive-off = Wybór { $option } został odznaczony.

## Komunikaty o błędach: co jest nie tak i jak to poprawić.

error-summary-title = Coś jest nie tak
error-prefix = Błąd:
error-required = Brak odpowiedzi. Wybierz odpowiedź albo coś wpisz.
error-choose-one = Wybierz jedną z odpowiedzi.
error-exclusive = Wybrano „{ $option }” i jeszcze coś innego. Wybierz jedno z dwóch.
error-postcode-format = Wpisz kod pocztowy: 4 cyfry i 2 litery. Na przykład: 1234 AB.
error-postcode-format-helper = Wpisz kod pocztowy: 4 cyfry i 2 litery. Na przykład: 1234 AB.
error-postcode-leading-zero = Kod pocztowy nie zaczyna się od 0. Sprawdź jeszcze raz cyfry.
error-postcode-reserved = Taki kod pocztowy nie istnieje. Sprawdź jeszcze raz litery.
error-house-number = Wpisz numer domu, na przykład 12 albo 12a. Albo zostaw pole puste.
# REVIEW(pl): new message, machine-assisted
error-house-number-needed = Na twojej ulicy pracują dwa zespoły. Wpisz numer domu, a będziemy wiedzieć, który zespół jest twój.
error-house-number-needed-helper = Na ulicy tej osoby pracują dwa zespoły. Wpisz numer domu, a będziemy wiedzieć, który zespół jest jej.
# REVIEW(pl): new message, machine-assisted
advice-words-missing = Tekst tej porady jeszcze się w pełni nie załadował. Numery telefonów poniżej są poprawne. Załaduj stronę ponownie, jeśli tak zostanie, albo zadzwoń do gminy.
advice-heading-fallback = Twoja porada
error-too-long = Tekst jest za długi. Limit znaków: { $max }.

## Twoje odpowiedzi

answers-heading = Twoje odpowiedzi
answers-change = Zmień
answers-change-label = Zmień odpowiedź na pytanie: { $question }
answers-skipped = Pominięte
restart = Zacznij od nowa

## Szybkie wyjście

# REVIEW(pl): quick-exit button label; must be short and instantly clear.
quick-exit = Szybko wyjdź
quick-exit-note = Historia przeglądarki nie zostanie usunięta.
quick-exit-keys = Możesz też dwa razy nacisnąć Esc.

## Język i czytanie na głos

language-label = Język / Language
language-apply = Zmień język
read-aloud = Przeczytaj na głos
# REVIEW(pl): new messages (issue 19/23: the read-aloud button while reading; no voice on the device), machine-assisted.
read-aloud-stop = Zatrzymaj czytanie
read-aloud-no-voice = Czytanie na głos tu nie działa. To urządzenie nie ma głosu dla tego języka.

## Porada

urgency-urgent = Zrób to szybko. Nie czekaj za długo.
urgency-crisis = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.
urgency-crisis-helper = Czy teraz jest niebezpiecznie? Zadzwoń pod 112.
first-contact-lead = Najpierw skontaktuj się z:
why-advice = Dlaczego ta porada?
team-heading = Twój zespół dzielnicowy (wijkteam)
team-heading-helper = Zespół dzielnicowy (wijkteam) tej osoby
team-choose = Do twojego kodu pocztowego pasuje kilka zespołów. Wybierz zespół dla swojej ulicy.
team-choose-helper = Do tego kodu pocztowego pasuje kilka zespołów. Wybierz zespół dla ulicy tej osoby.
team-unknown = Nie wiemy, który zespół dzielnicowy pasuje do twojego kodu pocztowego. Zadzwoń do gminy, tam ci pomogą.
team-unknown-helper = Nie wiemy, który zespół dzielnicowy pasuje do tego kodu pocztowego. Zadzwoń do gminy, tam pomogą.
team-skipped = Nie podano kodu pocztowego. Zadzwoń do gminy, tam ci pomogą.
client-support-heading = Chcesz, żeby ktoś poszedł z tobą? To jest bezpłatne.
client-support-heading-helper = Czy ta osoba chce, żeby ktoś z nią poszedł? To jest bezpłatne.
client-support-text = Doradca wspierający (cliëntondersteuner) jest po twojej stronie. Pomaga ci w rozmowie z gminą.
client-support-text-helper = Doradca wspierający (cliëntondersteuner) jest po stronie tej osoby. Pomaga w rozmowie z gminą.
community-heading = Pomoc w okolicy
community-text = Tu też możesz się zgłosić. Możesz z tego korzystać obok pomocy z gminy.
community-text-helper = Ta osoba może się też tu zgłosić. Może z tego korzystać obok pomocy z gminy.
bring-in-heading = Mogą też włączyć tę pomoc
also-heading = Warto też wiedzieć
# REVIEW(pl): new message (issue 19: the advice's closed section with the other contacts; changed: steps-heading ("Wat gebeurt er daarna?")).
more-help-heading = Więcej pomocy w okolicy
crisis-advice-heading = Pomoc, jeśli teraz nie jest bezpiecznie
helper-tip-heading = Wskazówka dla osoby, która pomaga
steps-heading = Co dzieje się potem?
bring-heading = Weź ze sobą

## Moje podsumowanie

handover-heading = Moje podsumowanie
handover-heading-helper = Podsumowanie dla tej osoby
handover-intro = Weź to na rozmowę. Albo pokaż to komuś, kto ci pomaga.
handover-intro-helper = Weź to na rozmowę. Albo daj to tej osobie.
handover-topics = O co chodzi?
handover-own-words = Moimi słowami
handover-own-words-helper = Słowami tej osoby
handover-advice = Moja porada
handover-advice-helper = Porada dla tej osoby
handover-first-contact = Najpierw kontakt z
handover-client-support = Bezpłatna pomoc doradcy wspierającego (cliëntondersteuner)
# REVIEW(pl): "Andere contacten" / "Gemaakt op <datum>" (the date of printing)
handover-contacts = Inne kontakty
handover-date = Utworzono { $date }
handover-rights = Twoje prawa
handover-rights-helper = Prawa tej osoby
right-client-support = Masz prawo do bezpłatnej pomocy doradcy wspierającego (cliëntondersteuner).
right-client-support-helper = Ta osoba ma prawo do bezpłatnej pomocy doradcy wspierającego (cliëntondersteuner).
right-company = Możesz zabrać kogoś na rozmowę.
right-company-helper = Ta osoba może zabrać kogoś na rozmowę. Na przykład ciebie.
# REVIEW(pl): legal right to object (bezwaar maken) within 6 weeks; check "sprzeciw" and the wording.
right-objection = Nie zgadzasz się z listem z decyzją? Masz 6 tygodni, żeby to zgłosić. To się nazywa sprzeciw (bezwaar maken).
right-objection-helper = Ta osoba nie zgadza się z listem z decyzją? Ma 6 tygodni, żeby to zgłosić. To się nazywa sprzeciw (bezwaar maken).
handover-print = Drukuj
handover-copy = Kopiuj
handover-copied = Skopiowano
handover-copy-failed = Nie udało się skopiować. Zaznacz tekst i skopiuj go samodzielnie.
handover-share = Udostępnij link
share-intro = Tym linkiem otworzysz swoje odpowiedzi na innym urządzeniu. Link jest widoczny tylko na twoim ekranie. Twoich własnych słów w nim nie ma.
share-label = Link do twoich odpowiedzi
share-copy = Kopiuj link

# REVIEW(pl): the share panel says plainly that the link is not secret.
share-anyone = Każdy, kto ma ten link, może zobaczyć twoje odpowiedzi.
