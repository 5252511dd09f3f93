# Wegwijzer: Arabic text of the widget itself (buttons, headings, error messages).
#
# Language: Arabic (ar), Modern Standard Arabic, simple and clear. Source: locales/nl/ui.ftl (Dutch, je-form, B1).
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Right-to-left is handled by the widget: no bidi control characters in this file.
# Phone numbers stay exactly as in Dutch (Western digits). The resident is addressed in the
# masculine singular as a generic form, as in flow.ftl.
# CLDR plural categories for Arabic: zero, one, two, few (3-10), many (11-99), other.

## Crisis strip: always visible, above the question.

crisis-heading = هل تحتاج إلى مساعدة فورًا؟
crisis-role-emergency = خطر على الحياة؟
crisis-role-suicide-prevention = هل تفكر في الانتحار؟
crisis-role-suicide-prevention-helper = هل يفكر شخص ما في الانتحار؟
crisis-role-veilig-thuis = لست في أمان في البيت؟
crisis-role-huisartsenpost = تحتاج إلى طبيب في المساء أو في عطلة نهاية الأسبوع؟
crisis-role-gemeente = سؤال للبلدية؟
crisis-role-helpline = هل تريد أن تتحدث مع شخص ما؟

## Phone and opening hours

phone-call = اتصل بالرقم { $number }
phone-free = مجاني
phone-anonymous = لا داعي لذكر اسمك
hours-always = ليلًا ونهارًا
hours-label = أوقات الاتصال:
schedule-walk-in = الحضور دون موعد:
schedule-phone = الاتصال الهاتفي:
schedule-appointment = بموعد مسبق:
opening-time = { $days }، من { $opens } إلى { $closes }
day-range = { $from } حتى { $to }
day-mo = الاثنين
day-tu = الثلاثاء
day-we = الأربعاء
day-th = الخميس
day-fr = الجمعة
day-sa = السبت
day-su = الأحد
address-label = العنوان:
link-website = موقع { $name }
link-chat = الدردشة مع { $name }
link-email = أرسل بريدًا إلكترونيًا إلى { $address }

## Question screen

# REVIEW(ar): "question N of at most M" (the route can be shorter).
progress = السؤال { $number } من { $total } على الأكثر
button-next = التالي
button-skip = تخطَّ
button-back = رجوع
why-question = لماذا نسأل هذا؟
choose-many = يمكنك اختيار أكثر من إجابة واحدة.
helper-toggle = أملأ هذا من أجل شخص آخر
answer-yes = نعم
answer-no = لا
postcode-label = الرمز البريدي
postcode-hint = مثلًا: 1234 AB
house-number-label = رقم البيت (يمكنك تركه فارغًا)
house-number-hint = مثلًا: 12 أو 12a
text-count = { $left ->
    [zero] لا يمكنك كتابة حروف أخرى.
    [one] يمكنك كتابة حرف واحد آخر.
    [two] يمكنك كتابة حرفين آخرين.
    [few] يمكنك كتابة { $left } حروف أخرى.
    [many] يمكنك كتابة { $left } حرفًا آخر.
   *[other] يمكنك كتابة { $left } حرف آخر.
}
text-over = { $over ->
    [zero] لا توجد حروف زائدة.
    [one] هناك حرف واحد زائد.
    [two] هناك حرفان زائدان.
    [few] هناك { $over } حروف زائدة.
    [many] هناك { $over } حرفًا زائدًا.
   *[other] هناك { $over } حرف زائد.
}
# REVIEW(ar): new messages (issue 19: the language button, what ticking "I don't know" turned off).
# Said (politely) when ticking one option unticked others, or the reverse.
choice-others-off = تم إلغاء الاختيارات الأخرى.
choice-exclusive-off = تم إلغاء الاختيار { $option }.

## Error messages: say what is wrong and how to put it right.

error-summary-title = هناك خطأ
error-prefix = خطأ:
error-required = لم تُجب بعد. اختر إجابة أو اكتب شيئًا.
error-choose-one = اختر إجابة واحدة.
error-exclusive = اخترت «{ $option }» واخترت شيئًا آخر أيضًا. اختر واحدًا من الاثنين.
error-postcode-format = اكتب رمزك البريدي بـ 4 أرقام وحرفين. مثلًا: 1234 AB.
error-postcode-format-helper = اكتب الرمز البريدي بـ 4 أرقام وحرفين. مثلًا: 1234 AB.
error-postcode-leading-zero = الرمز البريدي لا يبدأ بالرقم 0. انظر إلى الأرقام مرة أخرى.
error-postcode-reserved = هذا الرمز البريدي غير موجود. انظر إلى الحروف مرة أخرى.
error-house-number = اكتب رقم البيت، مثل 12 أو 12a. أو اترك الخانة فارغة.
# REVIEW(ar): new message, machine-assisted
error-house-number-needed = يعمل فريقان في شارعك. اكتب رقم بيتك، حتى نعرف أي فريق يخصك.
error-house-number-needed-helper = يعمل فريقان في شارع الشخص الآخر. اكتب رقم البيت، حتى نعرف أي فريق يخصه.
# REVIEW(ar): new message, machine-assisted
advice-words-missing = لم يتم تحميل نص هذه النصيحة بالكامل بعد. أرقام الهاتف أدناه صحيحة. أعد تحميل الصفحة إذا بقي الأمر هكذا، أو اتصل بالبلدية.
advice-heading-fallback = نصيحتك
error-too-long = { $max ->
    [one] نصّك طويل جدًا. يمكنك استخدام حرف واحد فقط.
    [two] نصّك طويل جدًا. يمكنك استخدام حرفين فقط.
    [few] نصّك طويل جدًا. يمكنك استخدام { $max } حروف فقط.
    [many] نصّك طويل جدًا. يمكنك استخدام { $max } حرفًا فقط.
   *[other] نصّك طويل جدًا. يمكنك استخدام { $max } حرف فقط.
}

## Your answers

answers-heading = إجاباتك
answers-change = تغيير
# REVIEW(ar): the name starts with the button's visible word (WCAG 2.5.3 label in name).
answers-change-label = تغيير إجابتك عن: { $question }
answers-skipped = تم تخطيه
restart = ابدأ من جديد

## Quick exit

quick-exit = اخرج بسرعة
quick-exit-note = سجلّ التصفح في متصفحك لا يُحذف.
quick-exit-keys = يمكنك أيضًا الضغط مرتين على زر Esc.

## Language and read aloud

language-label = اللغة / Taal / Language
language-apply = تغيير اللغة
read-aloud = اقرأ بصوت عالٍ
# REVIEW(ar): new messages (issue 19/23: the read-aloud button while reading; no voice on the device), machine-assisted.
read-aloud-stop = إيقاف القراءة
read-aloud-no-voice = القراءة بصوت عالٍ غير ممكنة هنا. لا يوجد على هذا الجهاز صوت لهذه اللغة.

## Advice

urgency-urgent = افعل هذا بسرعة. لا تنتظر طويلًا.
urgency-crisis = هل أنت في خطر الآن؟ اتصل بالرقم 112.
urgency-crisis-helper = هل هناك خطر الآن؟ اتصل بالرقم 112.
first-contact-lead = تواصل أولًا مع:
why-advice = لماذا هذه النصيحة؟
team-heading = فريق الحي الخاص بك
team-heading-helper = فريق الحي الخاص بالشخص الآخر
team-choose = هناك أكثر من فريق لرمزك البريدي. اختر فريق شارعك.
team-choose-helper = هناك أكثر من فريق لهذا الرمز البريدي. اختر فريق شارع الشخص الآخر.
team-unknown = لا نعرف أي فريق حي يتبع لرمزك البريدي. اتصل بالبلدية، وهم يساعدونك.
team-unknown-helper = لا نعرف أي فريق حي يتبع لهذا الرمز البريدي. اتصل بالبلدية، وهم يساعدون.
team-skipped = لم تكتب رمزًا بريديًا. اتصل بالبلدية، وهم يساعدونك.
client-support-heading = هل تريد أن يذهب معك شخص ما؟ هذا مجاني.
client-support-heading-helper = هل يريد الشخص الآخر أن يذهب معه شخص ما؟ هذا مجاني.
client-support-text = الشخص الداعم المستقل (cliëntondersteuner) يقف إلى جانبك. يساعدك في اللقاء مع البلدية.
client-support-text-helper = الشخص الداعم المستقل (cliëntondersteuner) يقف إلى جانب الشخص الآخر. يساعد في اللقاء مع البلدية.
community-heading = مساعدة في الحي
community-text = يمكنك أيضًا التوجه إلى هنا. هذا ممكن إلى جانب مساعدة البلدية.
community-text-helper = يمكن للشخص الآخر أيضًا التوجه إلى هنا. هذا ممكن إلى جانب مساعدة البلدية.
bring-in-heading = يمكنهم أيضًا طلب هذه المساعدة
also-heading = من المفيد أن تعرف أيضًا
# REVIEW(ar): new message (issue 19: the advice's closed section with the other contacts; changed: steps-heading ("Wat gebeurt er daarna?"), handover-rights ("Je rechten")).
more-help-heading = مساعدة أخرى قريبة منك
crisis-advice-heading = مساعدة إذا لم يكن الوضع آمنًا الآن
helper-tip-heading = نصيحة لك كمساعد
steps-heading = ماذا يحدث بعد ذلك؟
bring-heading = أحضر معك

## My overview

handover-heading = ملخصي
handover-heading-helper = ملخص للشخص الآخر
handover-intro = خذ هذا معك إلى موعدك. أو اعرضه على شخص يساعدك.
handover-intro-helper = خذ هذا معك إلى الموعد. أو أعطه للشخص الآخر.
handover-topics = عن ماذا يدور الأمر؟
handover-own-words = بكلماتي
handover-own-words-helper = بكلمات الشخص الآخر
handover-advice = نصيحتي
handover-advice-helper = نصيحة للشخص الآخر
handover-first-contact = التواصل أولًا مع
handover-client-support = مساعدة مجانية من شخص داعم مستقل (cliëntondersteuner)
# REVIEW(ar): "Andere contacten" / "Gemaakt op <datum>" (the date of printing)
handover-contacts = جهات اتصال أخرى
handover-date = أُعدّ في { $date }
handover-rights = حقوقك
handover-rights-helper = حقوق الشخص الآخر
right-client-support = يحق لك الحصول على مساعدة مجانية من شخص داعم مستقل (cliëntondersteuner).
right-client-support-helper = يحق للشخص الآخر الحصول على مساعدة مجانية من شخص داعم مستقل (cliëntondersteuner).
right-company = يحق لك أن تُحضر شخصًا معك إلى اللقاء.
right-company-helper = يحق للشخص الآخر أن يُحضر شخصًا معه إلى اللقاء. مثلًا أنت.
right-objection = لا توافق على رسالة القرار؟ أخبرهم بذلك خلال 6 أسابيع. هذا يسمى الاعتراض (bezwaar maken).
right-objection-helper = الشخص الآخر لا يوافق على رسالة القرار؟ أخبروهم بذلك خلال 6 أسابيع. هذا يسمى الاعتراض (bezwaar maken).
handover-print = اطبع
handover-copy = انسخ
handover-copied = تم النسخ
handover-copy-failed = لم ينجح النسخ. حدّد النص وانسخه بنفسك.
handover-share = شارك الرابط
share-intro = بهذا الرابط تفتح إجاباتك على جهاز آخر. الرابط يظهر على شاشتك فقط. كلماتك الخاصة ليست فيه.
share-label = رابط إلى إجاباتك
share-copy = انسخ الرابط

# REVIEW(ar): the share panel says plainly that the link is not secret.
share-anyone = كل من لديه هذا الرابط يمكنه أن يرى إجاباتك.
