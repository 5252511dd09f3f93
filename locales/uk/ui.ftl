# Wegwijzer: тексти самого віджета (кнопки, заголовки, помилки, кризова смуга).
# Language: Ukrainian (uk). Source: locales/nl/ui.ftl
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Звертання на "ви". Короткі речення. Номери телефонів і приклади індексів не змінюються.

## Кризова смуга: завжди видно, над питанням.

crisis-heading = Потрібна допомога негайно?
crisis-role-emergency = Загроза життю?
crisis-role-suicide-prevention = Ви думаєте про самогубство?
crisis-role-suicide-prevention-helper = Хтось думає про самогубство?
crisis-role-veilig-thuis = Вдома небезпечно?
crisis-role-huisartsenpost = Потрібен лікар увечері або у вихідні?
crisis-role-gemeente = Питання до муніципалітету?
crisis-role-helpline = Хочете з кимось поговорити?

## Телефон і години роботи

phone-call = Телефонуйте: { $number }
phone-free = безкоштовно
phone-anonymous = називати ім'я не обов'язково
hours-always = вдень і вночі
hours-label = Працює:
schedule-walk-in = Без запису:
schedule-phone = Телефон:
schedule-appointment = За записом:
opening-time = { $days } з { $opens } до { $closes }
day-range = { $from } – { $to }
day-mo = понеділок
day-tu = вівторок
day-we = середа
day-th = четвер
day-fr = пʼятниця
day-sa = субота
day-su = неділя
address-label = Адреса:
link-website = Вебсайт: { $name }
link-chat = Чат: { $name }
link-email = Написати на { $address }

## Екран питання

# REVIEW(uk): "question N of at most M" (the route can be shorter).
progress = Питання { $number } з щонайбільше { $total }
button-next = Далі
button-skip = Пропустити
button-back = Назад
why-question = Чому ми про це питаємо?
choose-many = Можна вибрати більше ніж одну відповідь.
helper-toggle = Я заповнюю це за іншу людину
answer-yes = Так
answer-no = Ні
postcode-label = Поштовий індекс (postcode)
postcode-hint = Наприклад: 1234 AB
house-number-label = Номер будинку (можна не заповнювати)
house-number-hint = Наприклад: 12 або 12a
text-count = { $left ->
    [one] Можна ввести ще { $left } символ.
    [few] Можна ввести ще { $left } символи.
    [many] Можна ввести ще { $left } символів.
   *[other] Можна ввести ще { $left } символу.
}
text-over = { $over ->
    [one] Це на { $over } символ забагато.
    [few] Це на { $over } символи забагато.
    [many] Це на { $over } символів забагато.
   *[other] Це на { $over } символу забагато.
}
# REVIEW(uk): new messages (issue 19: the language button, what ticking "I don't know" turned off).
# Said (politely) when ticking one option unticked others, or the reverse.
choice-others-off = Інші варіанти вимкнено.
choice-exclusive-off = Варіант { $option } вимкнено.

## Повідомлення про помилки: що не так і як виправити.

error-summary-title = Щось не так
error-prefix = Помилка:
error-required = Ви ще не відповіли. Виберіть відповідь або щось напишіть.
error-choose-one = Виберіть одну з відповідей.
error-exclusive = Ви вибрали «{ $option }» і ще щось інше. Виберіть одне з двох.
error-postcode-format = Впишіть індекс: 4 цифри і 2 літери. Наприклад: 1234 AB.
error-postcode-format-helper = Впишіть індекс: 4 цифри і 2 літери. Наприклад: 1234 AB.
error-postcode-leading-zero = Індекс не починається з 0. Ще раз перевірте цифри.
error-postcode-reserved = Такого індексу немає. Ще раз перевірте літери.
error-house-number = Впишіть номер будинку, наприклад 12 або 12a. Або залиште поле порожнім.
# REVIEW(uk): new message, machine-assisted
error-house-number-needed = На вашій вулиці працюють дві команди. Впишіть номер будинку, щоб ми знали, яка команда ваша.
error-house-number-needed-helper = На вулиці цієї людини працюють дві команди. Впишіть номер будинку, щоб ми знали, яка команда її.
# REVIEW(uk): new message, machine-assisted
advice-words-missing = Текст цієї поради ще не завантажився повністю. Номери телефонів нижче правильні. Оновіть сторінку, якщо так і залишиться, або зателефонуйте до муніципалітету.
advice-heading-fallback = Ваша порада
error-too-long = Текст задовгий. Максимум символів: { $max }.

## Ваші відповіді

answers-heading = Ваші відповіді
answers-change = Змінити
answers-change-label = Змінити відповідь на питання: { $question }
answers-skipped = Пропущено
restart = Почати знову

## Швидкий вихід

# REVIEW(uk): quick-exit button label; must be short and instantly clear.
quick-exit = Швидко вийти
quick-exit-note = Історія браузера не видаляється.
quick-exit-keys = Можна також двічі натиснути Esc.

## Мова і читання вголос

language-label = Мова / Language
language-apply = Змінити мову
read-aloud = Прочитати вголос
# REVIEW(uk): new messages (issue 19/23: the read-aloud button while reading; no voice on the device), machine-assisted.
read-aloud-stop = Зупинити читання
read-aloud-no-voice = Читання вголос тут не працює. На цьому пристрої немає голосу для цієї мови.

## Порада

urgency-urgent = Зробіть це швидко. Не чекайте надто довго.
urgency-crisis = Вам зараз загрожує небезпека? Телефонуйте 112.
urgency-crisis-helper = Зараз є небезпека? Телефонуйте 112.
first-contact-lead = Спершу зверніться до:
why-advice = Чому така порада?
team-heading = Ваша команда району (wijkteam)
team-heading-helper = Команда району (wijkteam) цієї людини
team-choose = Вашому індексу відповідає кілька команд. Виберіть команду для своєї вулиці.
team-choose-helper = Цьому індексу відповідає кілька команд. Виберіть команду для вулиці цієї людини.
team-unknown = Ми не знаємо, яка команда району відповідає вашому індексу. Зателефонуйте в муніципалітет, там вам допоможуть.
team-unknown-helper = Ми не знаємо, яка команда району відповідає цьому індексу. Зателефонуйте в муніципалітет, там допоможуть.
team-skipped = Ви не вказали індекс. Зателефонуйте в муніципалітет, там вам допоможуть.
client-support-heading = Хочете, щоб хтось пішов із вами? Це безкоштовно.
client-support-heading-helper = Ця людина хоче, щоб хтось пішов із нею? Це безкоштовно.
client-support-text = Консультант-помічник (cliëntondersteuner) на вашому боці. Він допомагає вам на розмові з муніципалітетом.
client-support-text-helper = Консультант-помічник (cliëntondersteuner) на боці цієї людини. Він допомагає на розмові з муніципалітетом.
community-heading = Допомога поруч
community-text = Сюди теж можна звернутися. Це можна поєднувати з допомогою від муніципалітету.
community-text-helper = Ця людина може звернутися і сюди. Це можна поєднувати з допомогою від муніципалітету.
bring-in-heading = Вони можуть залучити й таку допомогу
also-heading = Також корисно знати
# REVIEW(uk): new message (issue 19: the advice's closed section with the other contacts).
more-help-heading = Більше допомоги поруч
crisis-advice-heading = Допомога, якщо зараз небезпечно
helper-tip-heading = Порада для вас як помічника
steps-heading = Що буде далі?
bring-heading = Візьміть із собою

## Мій підсумок

handover-heading = Мій підсумок
handover-heading-helper = Підсумок для цієї людини
handover-intro = Візьміть це на розмову. Або покажіть тому, хто вам допомагає.
handover-intro-helper = Візьміть це на розмову. Або дайте це цій людині.
handover-topics = Про що йдеться?
handover-own-words = Моїми словами
handover-own-words-helper = Словами цієї людини
handover-advice = Моя порада
handover-advice-helper = Порада для цієї людини
handover-first-contact = Спершу звернутися до
handover-client-support = Безкоштовна допомога консультанта-помічника (cliëntondersteuner)
# REVIEW(uk): "Andere contacten" / "Gemaakt op <datum>" (the date of printing)
handover-contacts = Інші контакти
handover-date = Створено { $date }
handover-rights = Ваші права
handover-rights-helper = Права цієї людини
right-client-support = Ви маєте право на безкоштовну допомогу консультанта-помічника (cliëntondersteuner).
right-client-support-helper = Ця людина має право на безкоштовну допомогу консультанта-помічника (cliëntondersteuner).
right-company = Ви можете взяти когось із собою на розмову.
right-company-helper = Ця людина може взяти когось на розмову. Наприклад, вас.
# REVIEW(uk): legal right to object (bezwaar maken) within 6 weeks; check "заперечення" and the wording.
right-objection = Ви не згодні з листом із рішенням? Повідомте про це протягом 6 тижнів. Це називається заперечення (bezwaar maken).
right-objection-helper = Ця людина не згодна з листом із рішенням? Повідомте про це протягом 6 тижнів. Це називається заперечення (bezwaar maken).
handover-print = Друкувати
handover-copy = Копіювати
handover-copied = Скопійовано
handover-copy-failed = Не вдалося скопіювати. Виділіть текст і скопіюйте його самі.
handover-share = Поділитися посиланням
share-intro = За цим посиланням ви відкриєте свої відповіді на іншому пристрої. Посилання є лише на вашому екрані. Ваших власних слів у ньому немає.
share-label = Посилання на ваші відповіді
share-copy = Копіювати посилання

# REVIEW(uk): the share panel says plainly that the link is not secret.
share-anyone = Будь-хто, хто має це посилання, може побачити ваші відповіді.
