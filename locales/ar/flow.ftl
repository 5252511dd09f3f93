# Wegwijzer: Arabic resident text for the default configuration (config/voorbeeldgemeente.json).
#
# Language: Arabic (ar), Modern Standard Arabic, simple and clear. Source: locales/nl/flow.ftl (Dutch, je-form, B1).
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Right-to-left is handled by the widget: no bidi control characters in this file.
# Phone numbers, names of organisations, URLs and postcodes stay exactly as in Dutch (Western digits).
# A Dutch official word that residents meet in letters stays once, in Latin script, in brackets
# after a plain Arabic explanation. "gemeente" = البلدية. "gesprek" = لقاء / موعد.
# REVIEW(ar): the resident is addressed in the masculine singular as a generic form (اتصل، تحتاج).
# Where it was easy, neutral forms are used (يمكنك، لديك، دون ذكر اسمك). A native reviewer may
# prefer another convention. Texts for a helper use the dual for "together" (اتصلا معًا).


## Time limits. $unit is hours, days, working-days or weeks.
## CLDR plural categories for Arabic: zero, one, two, few (3-10), many (11-99), other (100+).

# REVIEW(ar): $term is always used after a preposition or a word like "حوالي" / "مهلة" / "لمدة",
# so the dual is in the genitive form (يومين، أسبوعين، ساعتين). Please check each step sentence reads well.
duration = { $unit ->
    [hours] { $amount ->
        [zero] { $amount } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $amount } ساعات
        [many] { $amount } ساعة
       *[other] { $amount } ساعة
    }
    [days] { $amount ->
        [zero] { $amount } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $amount } أيام
        [many] { $amount } يومًا
       *[other] { $amount } يوم
    }
    [working-days] { $amount ->
        [zero] { $amount } يوم عمل
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $amount } أيام عمل
        [many] { $amount } يوم عمل
       *[other] { $amount } يوم عمل
    }
   *[weeks] { $amount ->
        [zero] { $amount } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $amount } أسابيع
        [many] { $amount } أسبوعًا
       *[other] { $amount } أسبوع
    }
}


## Question: what do you want help with?

question-topic = ما الذي تريد المساعدة فيه؟
    .hint = يمكنك اختيار أكثر من شيء واحد.
    .why = هكذا نعرف أين تجد المساعدة المناسبة. تبقى إجاباتك على جهازك أنت فقط.
question-topic-helper = ما الذي يريد الشخص الآخر المساعدة فيه؟
    .hint = يمكنك اختيار أكثر من شيء واحد.

option-topic-money = المال والفواتير
    .hint = ديون، فواتير لا تستطيع دفعها
option-topic-work-income = العمل أو الدخل
    .hint = فقدان العمل، لا دخل أو دخل قليل جدًا
option-topic-home = في البيت
    .hint = أعمال البيت، تعديلات في بيتك
option-topic-health = صحتك وكيف تشعر
    .hint = الجسم، النفس، الكحول أو المخدرات
option-topic-children = الأطفال والتربية
    .hint = قلق بشأن طفلك
option-topic-caring = رعاية شخص آخر
    .hint = تعتني بأحد والديك أو بشريك حياتك أو بطفلك
option-topic-alone = الشعور بالوحدة
    .hint = تواصل قليل مع الناس
option-topic-safety = الأمان في البيت
    .hint = عنف أو تهديد أو خوف في البيت
option-topic-taking-part = المشاركة
    .hint = نشاط خلال النهار، عمل تطوعي، تعلّم
option-topic-letters = الرسائل والاستمارات
    .hint = فهم رسالة، عدم الموافقة على قرار
option-topic-dont-know = أمور كثيرة معًا / لا أعرف
    .hint = فريق واحد يساعدك في كل شيء


## Question: is something serious about to happen because of debts?

question-debt-threat = هل قد تضطر إلى ترك بيتك؟ أو هل سيقطعون عنك الغاز أو الكهرباء أو الماء؟
    .hint = اختر «نعم» أيضًا إذا كان تأمينك الصحي سيتوقف.
    .why = عندها يجب على البلدية أن تساعدك بسرعة أكبر. ستحصل على موعد خلال أيام قليلة.
question-debt-threat-helper = هل قد يضطر الشخص الآخر إلى ترك بيته؟ أو هل سيقطعون عنه الغاز أو الكهرباء أو الماء؟
    .hint = اختر «نعم» أيضًا إذا كان التأمين الصحي للشخص الآخر سيتوقف.


## Question: work or income

question-income-situation = ما الذي يناسب وضعك أكثر؟
    .why = إذا فقدت عملك، تذهب أولًا إلى UWV. من أجل الإعانة الاجتماعية (bijstand) تذهب إلى البلدية.
question-income-situation-helper = ما الذي يناسب وضع الشخص الآخر أكثر؟

option-income-situation-lost-job = فقدت عملي، أو سأفقده قريبًا
option-income-situation-no-income = ليس لدي دخل، أو دخلي لا يكفي للعيش
option-income-situation-other = شيء آخر
    .hint = البلدية تبحث معك عن حل

question-under-27 = هل عمرك أقل من 27 سنة؟
    .why = للشباب تحت 27 سنة قاعدة إضافية في الإعانة الاجتماعية.
question-under-27-helper = هل عمر الشخص الآخر أقل من 27 سنة؟


## Question: at home

question-home-need = في أي شيء تحتاج إلى مساعدة في البيت؟
    .why = هكذا نعرف أي مساعدة تناسبك.
question-home-need-helper = في أي شيء يحتاج الشخص الآخر إلى مساعدة في البيت؟

# REVIEW(ar): Dutch "wassen" here means washing oneself (personal care); translated as الاغتسال.
option-home-need-household = لم أعد أستطيع القيام بأعمال البيت أو الاعتناء بنفسي
    .hint = مثلًا التنظيف، أو الاغتسال، أو ارتداء الملابس
option-home-need-adaptation = تعديل في البيت، أو كرسي متحرك، أو مواصلات
    .hint = مثلًا مصعد للدرج أو سيارة أجرة إلى المتجر
option-home-need-other = شيء آخر
    .hint = البلدية تبحث معك عن حل


## Question: health

question-health-need = ما الذي يناسب وضعك أكثر؟
    .why = هل حالتك سيئة جدًا؟ عندها نعرض عليك أسرع مساعدة فورًا.
question-health-need-helper = ما الذي يناسب وضع الشخص الآخر أكثر؟

# REVIEW(ar): "الانتحار" is the clear, common word. A softer option is "إنهاء حياتي". Please choose one and use it everywhere.
option-health-need-crisis = حالتي سيئة جدًا. أفكر في الانتحار.
option-health-need-unwell = لا أشعر أنني بخير، في جسمي أو في نفسيتي
    .hint = أيضًا عند مشاكل مع الكحول أو المخدرات أو القمار
option-health-need-someone-else = أشعر بالقلق على شخص آخر
    .hint = مثلًا جار يبدو مرتبكًا


## Question: children

question-child-safety = هل تشعر بالقلق على سلامة طفلك؟
    .hint = مثلًا: شخص يضرب طفلك، أو هناك عنف كثير في البيت.
    .why = إذا لم يكن طفلك في أمان، نعرض عليك المساعدة المناسبة فورًا.
question-child-safety-helper = هل تشعر بالقلق على سلامة الطفل؟
    .hint = مثلًا: شخص يضرب الطفل، أو هناك عنف كثير في البيت.


## Question: letters

question-letter-kind = ما المشكلة في الرسالة؟
    .why = هكذا نعرف إن كان هناك تاريخ يجب أن تنتبه له.
question-letter-kind-helper = ما المشكلة في رسالة الشخص الآخر؟

option-letter-kind-understand = لا أفهم رسالة أو استمارة
option-letter-kind-disagree = لا أوافق على قرار


## Question: the miracle question (you can skip it)

question-own-words = ما الذي سيتغير عندما تتحسن الأمور؟
    .hint = اكتب ذلك بكلماتك. يمكنك تخطي هذا السؤال.
    .why = هكذا تعرف أنت ما هو مهم لك. خذه معك إلى موعدك. نحن لا نرسله إلى أي مكان.
question-own-words-helper = ما الذي سيتغير للشخص الآخر عندما تتحسن الأمور؟
    .hint = اكتبا ذلك معًا، بكلمات الشخص الآخر. يمكنك تخطي هذا السؤال.


## Question: postcode (you can skip it)

question-postcode = ما هو رمزك البريدي؟
    .hint = يمكنك أيضًا كتابة رقم البيت. هذا ليس ضروريًا.
    .why = هكذا نبحث عن الفريق القريب منك. يبقى رمزك البريدي على جهازك أنت فقط.
question-postcode-helper = ما هو الرمز البريدي للشخص الآخر؟
    .hint = يمكنك أيضًا كتابة رقم البيت. هذا ليس ضروريًا.


## Advice

outcome-unsafe-at-home = هل أنت في خطر الآن؟ اتصل بالرقم 112.
    .why = سلامتك أهم من كل شيء. لست في خطر مباشر؟ اتصل إذن بـ Veilig Thuis، وهو خط المساعدة عند العنف في البيت. يمكنك الاتصال دون ذكر اسمك.
    .helper = لا تسأل أسئلة لا يريد الشخص الآخر الإجابة عنها. دع الشخص الآخر يتصل بنفسه، أو اتصلا معًا.

outcome-mental-crisis = تحدّث عن ذلك الآن مع 113
    .why = لا داعي أن تحمل هذا وحدك. في 113 يستمعون إليك ليلًا ونهارًا. الخدمة مجانية، ولا داعي لذكر اسمك.
    .helper = ابقَ مع الشخص الآخر. اتصلا معًا، أو دع الشخص الآخر يكتب في الدردشة. هل يوجد خطر مباشر؟ اتصل بالرقم 112.

outcome-debt-help = يمكنك الحصول على مساعدة في الديون (schuldhulp)
    .why = كل بلدية ملزمة بتقديم المساعدة في الديون. كلما بدأت أبكر، كان ذلك أفضل.
    .helper = ساعد في جمع الرسائل. يمكن أن يأتي معكما أيضًا متطوع من SchuldHulpMaatje.

outcome-debt-help-urgent = اتصل بسرعة بخدمة المساعدة في الديون
    .why = هناك خطر جدي على بيتك، أو على الغاز أو الكهرباء أو الماء، أو على تأمينك الصحي. عندها يجب على البلدية أن تساعدك بسرعة كبيرة.
    .helper = اتصلا معًا، اليوم. قولا فورًا ما هو الخطر، وأبقيا الرسالة في متناول اليد.

outcome-job-loss = اذهب أولًا إلى UWV
    .why = هل فقدت عملك؟ ربما تحصل على إعانة بطالة (WW-uitkering). ترتّب ذلك مع UWV (وكالة تأمين الموظفين)، وليس مع البلدية.
    .helper = ساعد في تسجيل الدخول إلى werk.nl. تحقّقا معًا إن كانت إعانة البطالة تكفي للعيش.

# REVIEW(ar): "bijstand" is translated as الإعانة الاجتماعية (social assistance). Check that this is the usual term in NL Arabic information.
outcome-income-support = يمكن للبلدية أن تساعدك بإعانة اجتماعية
    .why = ليس لديك دخل، أو دخلك قليل جدًا؟ يمكنك أن تطلب من البلدية إعانة اجتماعية (bijstand).
    .helper = إذا لم يكن هناك مال الآن، اطلبا معًا دفعة مقدّمة. هذا حق.

outcome-income-support-young = يمكن للبلدية أن تساعدك بإعانة اجتماعية
    .why = ليس لديك دخل، أو دخلك قليل جدًا؟ يمكنك أن تطلب من البلدية إعانة اجتماعية (bijstand). للشباب قاعدة إضافية.
    .helper = ابحثا معًا عن عمل أو دراسة. اكتبا ما تفعلانه. هذا يساعد في الطلب.

outcome-wmo-household = يمكن للبلدية أن تساعدك في البيت
    .why = لم تعد تستطيع القيام بأعمال البيت أو الاعتناء بنفسك؟ عندها يمكن للبلدية أن ترى أي مساعدة تناسبك.
    .helper = اذهب مع الشخص الآخر إلى اللقاء. يمكن أن يأتي أيضًا شخص داعم مستقل (cliëntondersteuner). هذا مجاني.

outcome-wmo-adaptation = يمكن للبلدية أن تساعدك في تعديل بيتك
    .why = هل تحتاج إلى تعديل في بيتك؟ أو إلى كرسي متحرك أو مواصلات؟ البلدية يمكن أن تساعد.
    .helper = التقطا معًا صورًا لما هو صعب في البيت. هذا يساعد في اللقاء.

outcome-child-worry = تحدّث عن قلقك على طفلك
    .why = مركز Centrum voor Jeugd en Gezin (مركز الشباب والعائلة) يساعد الآباء والأمهات والأطفال. أنت مرحَّب بك مع أي سؤال.
    .helper = خذ هذا القلق بجدية. اذهبا معًا إلى اللقاء الأول إذا أراد الوالد أو الوالدة ذلك.

outcome-child-unsafe = هل طفلك في خطر الآن؟ اتصل بالرقم 112.
    .why = سلامة طفلك أهم من كل شيء. يعرف Veilig Thuis، خط المساعدة عند العنف في البيت، ما يمكنك فعله.
    .helper = اتصلا معًا بـ Veilig Thuis. يمكنك الاتصال أيضًا إذا لم تكن متأكدًا.

outcome-carer-support = هناك مساعدة لمقدّمي الرعاية
    .why = هل تعتني بشخص ما؟ إذن أنت مقدّم رعاية (mantelzorger). أنت أيضًا يحق لك طلب المساعدة.
    .helper = اسأل كيف حال مقدّم الرعاية نفسه. كثيرًا ما ينسى الناس ذلك.

outcome-loneliness = هناك أناس قريبون منك
    .why = كثير من الناس يشعرون بالوحدة أحيانًا. في حيّك يمكنك أن تلتقي بآخرين.
    .helper = اذهبا معًا إلى نشاط في المرة الأولى. هذا يجعل الخطوة أسهل.

outcome-taking-part = شارك في أنشطة الحي
    .why = القيام بشيء خلال النهار يعطي راحة وتواصلًا. العمل الاجتماعي في الحي (welzijnswerk) يساعدك على إيجاد شيء يناسبك.
    .helper = اسأل عمّا يحبه الشخص الآخر أو يجيده. ابدأ بخطوة صغيرة.

outcome-letter-help = اقرأ الرسالة مع شخص آخر
    .why = المستشارون الاجتماعيون (sociaal raadslieden) يساعدون مجانًا في الرسائل والاستمارات.
    .helper = انظرا معًا إلى التاريخ في الرسالة. لا تنتظرا طويلًا.

outcome-objection-help = يحق لك أن تقول إنك لا توافق
    .why = لا توافق على قرار؟ يمكنك الاعتراض عليه (bezwaar maken). للاعتراض مهلة محددة.
    .helper = انتبه إلى التاريخ في الرسالة. ساعد في الكتابة، أو اذهبا معًا إلى المستشارين الاجتماعيين.

outcome-health-support = تحدّث مع طبيب العائلة ومع فريق الحي
    .why = طبيب العائلة (huisarts) يساعدك في صحتك. فريق الحي (wijkteam) يساعدك في الأمور الأخرى.
    .helper = اذهب مع الشخص الآخر إلى طبيب العائلة إذا أراد ذلك. اكتبا معًا ما يحدث.

outcome-worry-about-someone = أبلغ عن قلقك على هذا الشخص
    .why = هل تشعر بالقلق على شخص ما، لكن الأمر ليس عاجلًا؟ يمكنك الاتصال بنقطة الإبلاغ (meldpunt).
    .helper = اكتب ما رأيته، وأين، ومتى. هذا يساعد نقطة الإبلاغ.

# REVIEW(ar): "ervaringsdeskundige" = someone trained to help from their own experience; check the phrase.
outcome-several-problems = فريق واحد يساعدك في كل شيء
    .why = هل تحدث أمور كثيرة في وقت واحد؟ عندها يساعدك فريق الحي الاجتماعي (sociaal wijkteam). تحكي قصتك مرة واحدة فقط.
    .helper = اكتبا معًا قائمة قصيرة بما يقلقكما أكثر. يمكن أن يساعد أيضًا شخص مرّ بتجربة مشابهة (ervaringsdeskundige).

outcome-ask-gemeente = اتصل بالبلدية (gemeente)
    .why = البلدية تستمع إلى سؤالك. يبحثون معك عن المساعدة المناسبة.
    .helper = اتصلا معًا. اكتب السؤال قبل الاتصال.


## What happens next? ($term is the time limit, for example "6 أسابيع")

step-danger-call-112 = هل أنت في خطر الآن؟ اتصل بالرقم 112.
step-danger-now-112 = هل يوجد خطر الآن؟ اتصل بالرقم 112.
step-veilig-thuis-call = اتصل بـ Veilig Thuis. هم متاحون ليلًا ونهارًا. يمكنك الاتصال دون ذكر اسمك.
step-veilig-thuis-child = اتصل بـ Veilig Thuis. يفكرون معك في ما هو الأفضل لطفلك.
step-veilig-thuis-helps = يقدّم Veilig Thuis النصيحة. إذا أردت، يرتّبون لك المساعدة.
step-safe-place = لا تستطيع البقاء في البيت؟ يبحث Veilig Thuis معك عن مكان آمن للإقامة (opvang).
step-child-can-call = يمكن لطفلك أيضًا أن يتصل بنفسه بـ Kindertelefoon (خط هاتف للأطفال) أو يكتب لهم في الدردشة. هذا مجاني.

step-call-113-now = اتصل الآن بـ 113 أو اكتب لهم في الدردشة. الخدمة مجانية، ولا داعي لذكر اسمك.
step-no-forms = لا تحتاج إلى ملء أي استمارة.
# REVIEW(ar): "huisartsenpost" = the GP service for evenings, nights and weekends; translated as خدمة الطبيب المناوب.
step-huisarts-soon = تحدّث أيضًا مع طبيب العائلة. في المساء وفي عطلة نهاية الأسبوع اتصل بخدمة الطبيب المناوب (huisartsenpost).

step-debt-sign-up = اتصل بخدمة المساعدة في الديون أو أرسل لهم بريدًا إلكترونيًا. يمكنك أيضًا الحضور في ساعات الاستقبال (spreekuur).
step-debt-intake = خلال { $term } يكون لديك لقاء أول (intakegesprek).
step-debt-threat-later = هل ستضطر رغم ذلك إلى ترك بيتك، أو سيقطعون عنك شيئًا؟ قل ذلك فورًا.
step-debt-say-urgent = قل فورًا ما هو الخطر. أحضر معك الرسالة المتعلقة به.
step-debt-intake-urgent = عندها يكون لديك لقاء أول (intakegesprek) خلال { $term }.
step-debt-decision = بعد ذلك تحصل على رسالة فيها القرار. يستغرق ذلك عادةً حوالي { $term }.
step-debt-cost = عادةً لا تكلّفك هذه المساعدة شيئًا. لا تتردد في السؤال.

step-uwv-ww = اطلب من UWV إعانة البطالة (WW-uitkering). يمكنك ذلك عبر werk.nl.
step-ww-too-low = لا تحصل على إعانة البطالة، أو هي قليلة جدًا؟ عندها يمكن للبلدية أن تساعد.
step-dismissal-advice = لا توافق على فصلك من العمل؟ يقدّم Juridisch Loket (مكتب الاستشارات القانونية) النصيحة.
step-toeslagen-check = تحقّق إن كان يحق لك الحصول على بدلات من الحكومة (toeslagen). المستشارون الاجتماعيون يساعدونك.

step-bijstand-sign-up = سجّل أولًا على werk.nl. بعد ذلك تتصل بك البلدية.
step-money-today = ليس لديك الآن مال للطعام أو الإيجار؟ قل ذلك فورًا.
step-bijstand-advance = لا يوجد قرار بعد مرور { $term }؟ عندها تحصل على دفعة مقدّمة (voorschot).
step-bijstand-decision = خلال { $term } تحصل على رسالة فيها القرار.
step-special-costs = هل لديك تكاليف عالية لا تستطيع دفعها؟ اسأل عن مساعدة خاصة للتكاليف الكبيرة (bijzondere bijstand).
step-young-search = عمرك أقل من 27 سنة. لذلك تبحث أولًا عن عمل أو دراسة لمدة { $term }.
step-young-rule-may-change = هذه القاعدة قد تتغير. اسأل ما هي القاعدة الآن.

step-wmo-melding = تخبر البلدية بما تحتاجه (melding). تحصل على تأكيد.
step-wmo-own-plan = هل تريد أن تكتب خطة بنفسك؟ هذا مسموح. لديك مهلة { $term } لذلك (persoonlijk plan).
step-wmo-talk = خلال { $term } يتحدث معك شخص، غالبًا في بيتك (keukentafelgesprek).
step-wmo-talk-adaptation = خلال { $term } يتحدث معك شخص. أحيانًا يأتي معه معالج وظيفي (ergotherapeut).
step-wmo-bring-someone = يمكنك أن تُحضر شخصًا معك إلى اللقاء. مثلًا أحد أفراد عائلتك أو شخصًا داعمًا مستقلًا (cliëntondersteuner).
step-wmo-report = بعد ذلك تحصل على تقرير مكتوب. هل فيه شيء غير صحيح؟ قل ذلك.
step-wmo-decision = هل تطلب المساعدة؟ عندها تحصل خلال { $term } على رسالة فيها القرار (beschikking).
step-wmo-urgent = هل الأمر عاجل؟ قل ذلك فورًا. عندها يمكن أن تحصل بسرعة على مساعدة مؤقتة.
step-wmo-cost = لأغلب المساعدات تدفع مبلغًا ثابتًا كل شهر (eigen bijdrage). مؤسسة CAK ترسل لك الفاتورة.
step-wmo-delivery = بعد ذلك يستغرق الأمر بعض الوقت. الكرسي المتحرك أو أعمال البناء تحتاج إلى وقت.
step-rented-home = هل بيتك مستأجر؟ أخبر صاحب البيت أيضًا.
step-objection = لا توافق على القرار؟ أخبرهم بذلك خلال { $term } (bezwaar maken).

step-jeugd-talk = أولًا يكون لديك لقاء، غالبًا مع كل العائلة.
step-jeugd-plan = معًا تضعون خطة لعائلتك (gezinsplan).
step-jeugd-decision = هل يحتاج طفلك إلى مساعدة خاصة (jeugdhulp)؟ عندها تحصل خلال { $term } على رسالة فيها القرار.
step-jeugd-urgent = هل الأمر عاجل؟ قل ذلك. عندها تأتي المساعدة فورًا.
step-jeugd-huisarts = يمكن لطبيب العائلة أيضًا أن يحيلك مباشرة إلى مساعدة الأطفال والشباب (jeugdhulp).

step-carer-contact = تواصل مع مركز الدعم (steunpunt). يستمعون إليك ويفكرون معك.
step-carer-break = هل تحتاج إلى راحة؟ اسأل عن شخص يتولى الرعاية مكانك لفترة قصيرة (respijtzorg).
step-carer-wmo = هل يحتاج الشخص الآخر إلى مساعدة أكثر؟ أخبر البلدية بذلك. خلال { $term } يكون هناك لقاء.
step-carer-thanks = كل سنة تشكر البلدية مقدّمي الرعاية (mantelzorgwaardering). مركز الدعم يخبرك كيف.

# REVIEW(ar): "welzijnswerk" (local social and community work) is translated as العمل الاجتماعي في الحي.
step-welzijn-contact = اتصل أو تعال دون موعد إلى العمل الاجتماعي في الحي (welzijnswerk). لا توجد قائمة انتظار لأغلب الأنشطة.
step-welzijn-visit = سيتصل بك شخص أو يزورك.
step-talk-now = هل تريد أن تتحدث مع شخص الآن؟ De Luisterlijn (خط للاستماع) متاح ليلًا ونهارًا.
step-feeling-down = هل تشعر بالحزن كثيرًا؟ تحدّث عن ذلك أيضًا مع طبيب العائلة.
step-ending-life-113 = هل تفكر في الانتحار؟ اتصل إذن بـ 113 أو اكتب لهم في الدردشة.
step-taking-part-choose = معًا تبحثون عمّا يناسبك. مثلًا عمل تطوعي أو دورة أو نشاط.
step-day-activities = هل تحتاج إلى مساعدة أكثر لتقوم بشيء خلال النهار؟ اسأل البلدية عن الأنشطة النهارية (dagbesteding).

step-raadslieden-contact = احجز موعدًا عند المستشارين الاجتماعيين (sociaal raadslieden). أو تعال في ساعات الاستقبال (spreekuur).
step-raadslieden-read = تقرؤون الرسالة معًا. يشرحون لك ما يجب أن تفعله.
step-letter-date = هل يوجد تاريخ في الرسالة؟ إذن لا تنتظر طويلًا.
step-objection-deadline = لديك مهلة { $term } للاعتراض. تبدأ العدّ من التاريخ المكتوب على الرسالة.
step-objection-write = المستشارون الاجتماعيون يساعدونك في كتابة الرسالة.
step-objection-call = غالبًا تتصل بك البلدية أولًا. عندها تتحدثون عن الأمر معًا.
step-objection-legal = هل الأمر يتعلق بمبلغ كبير من المال، أو بقضية في المحكمة؟ اطلب النصيحة من Juridisch Loket.

step-huisarts-first = احجز موعدًا عند طبيب العائلة الخاص بك.
step-huisartsenpost-call-first = هل الأمر عاجل، في المساء أو في عطلة نهاية الأسبوع؟ اتصل بخدمة الطبيب المناوب (huisartsenpost). لا تذهب إلى هناك دون أن تتصل أولًا.
step-wijkteam-more = هل هناك أمور أخرى، مثل المال أو الوحدة؟ فريق الحي يساعدك في ذلك أيضًا.

step-meldpunt-call = اتصل بنقطة الإبلاغ. قل ما تراه وأين.
step-meldpunt-forward = ترسل نقطة الإبلاغ بلاغك إلى بلدية الشخص الآخر. هناك يرون ما هو المطلوب.
step-abuse-veilig-thuis = هل تظن أن أحدًا يسيء معاملة الشخص الآخر؟ اتصل إذن بـ Veilig Thuis.

step-one-talk = يكون لديك لقاء واحد عن كل ما يحدث.
step-one-plan = معًا تضعون خطة واحدة. تحصل على شخص واحد ثابت للتواصل.
step-tell-once = تحكي قصتك مرة واحدة فقط.
step-bring-in-desks = فريق الحي يطلب المساعدات الأخرى بنفسه.
step-several-debt-urgent = هل ستضطر إلى ترك بيتك، أو سيقطعون عنك شيئًا؟ قل ذلك فورًا. عندها يكون هناك لقاء عن ديونك خلال { $term }.
step-several-wmo = هل تحتاج إلى مساعدة في البيت؟ عندها يكون هناك لقاء خلال { $term }، غالبًا في بيتك.

step-gemeente-listens = اتصل بالبلدية. يستمعون إليك ويبحثون معك عمّن يستطيع مساعدتك.
step-gemeente-walk-in = يمكنك أيضًا الحضور في ساعات الاستقبال (spreekuur).

step-no-news-call = لم تسمع شيئًا بعد { $term }؟ اتصل بنفسك إذن.
step-may-take-longer = أحيانًا يستغرق الأمر وقتًا أطول مما يقوله القانون. لا تتردد في السؤال عن وضع طلبك.


## What to bring

bring-id = إثبات هويتك (جواز السفر أو بطاقة الهوية أو رخصة القيادة)
bring-debt-letters = كل الرسائل عن ديونك، ومنها رسائل التذكير بالدفع ورسائل المحضر القضائي (deurwaarder)
bring-income-proof = قسيمة راتبك أو الرسالة عن إعانتك
bring-bank-statements = كشوف حسابك البنكي لآخر 3 أشهر
bring-rent-contract = عقد الإيجار
bring-rent-mortgage = عقد الإيجار أو أوراق القرض العقاري (hypotheek)
bring-work-papers = رسالة فصلك من العمل أو عقد عملك
bring-household-income = كم يكسب كل شخص في بيتك
bring-savings = كشف بمدخراتك
bring-what-is-hard = ما لم تعد تستطيع فعله، ومنذ متى
bring-medicine-list = قائمة أدويتك أو رسائل من طبيبك، إن كانت لديك
bring-who-helps = من يساعدك الآن، مثلًا العائلة أو الجيران
bring-own-plan = خطتك الخاصة، إن أردت كتابتها
bring-what-cannot = ما لم تعد تستطيع فعله في البيت أو خارجه
bring-medical-info = رسائل من طبيبك، إن كانت لديك
bring-landlord = هل بيتك مستأجر؟ اسم صاحب البيت ورقم هاتفه
bring-photos = قياسات أو صور لبيتك، إن كانت لديك
bring-what-worries = ما يقلقك، ومنذ متى
bring-school-doctor = أسماء المدرسة وطبيب العائلة أو طبيب الأطفال والشباب (jeugdarts)
bring-earlier-reports = تقارير أو رسائل سابقة، إن كانت لديك
bring-care-tasks = كل ما تقوم به من رعاية، وكم ساعة في الأسبوع
bring-who-else-helps = من يساعد أيضًا
bring-what-you-need = ما تحتاجه أنت: راحة، أو مساعدة عملية، أو شخص تتحدث معه
bring-nothing-needed = لا تحتاج إلى إحضار أي شيء.
bring-the-letter = الرسالة مع الظرف. التاريخ مكتوب عليه.
bring-earlier-letters = رسائل سابقة عن الموضوع نفسه
bring-what-you-notice = ما تلاحظه، ومنذ متى
bring-what-you-saw = ما رأيته، وأين، ومنذ متى
bring-letters-you-have = الرسائل الموجودة لديك
bring-worries-list = قائمة قصيرة بما يقلقك أكثر


## Services: one short line per service

service-gemeente-contact = لكل أسئلتك إلى البلدية. يبحثون معك عمّن يستطيع مساعدتك.
service-wmo-loket = هنا تطلب المساعدة في البيت، أو تعديلًا في البيت، أو المواصلات.
service-wijkteams = فرق الأحياء الاجتماعية تساعد عندما تحدث أمور كثيرة في وقت واحد. هذا الرقم لكل الأحياء.
service-wijkteam-noord = الفريق لحي Noord. شخص واحد للتواصل في كل أسئلتك.
service-wijkteam-centrum = الفريق لحي Centrum. شخص واحد للتواصل في كل أسئلتك.
service-wijkteam-zuid = الفريق لحي Zuid. شخص واحد للتواصل في كل أسئلتك.
service-jeugd-gezin = لأسئلة عن التربية ونمو الأطفال، من الحمل حتى سن 23 سنة.
service-werk-inkomen = للإعانة الاجتماعية (bijstand)، والمساعدة في التكاليف العالية، والمساعدة في البحث عن عمل.
service-schuldhulp = تساعدك في الديون والفواتير. تحصل على شخص ثابت للتواصل.
# REVIEW(ar): Dutch says "hij of zij" (he or she); the Arabic uses the generic masculine (يرافقك).
service-clientondersteuning = شخص يقف إلى جانبك أنت فقط. يرافقك إلى اللقاءات ويساعدك في الرسائل. هذا مجاني.
service-mantelzorg-steunpunt = لمقدّمي الرعاية: نصيحة، وقليل من الراحة، وتواصل مع آخرين.
service-welzijn = مراكز الحي، وأنشطة، ورفيق، ومساعدة في الاستمارات.
service-schuldhulpmaatje = متطوع يساعدك في أمور المال والأوراق.
service-voedselbank = طعام عندما لا يكون لديك مال للمشتريات لفترة.
service-vrijwilligerscentrale = عمل تطوعي، أو رفيق، أو نقل بمساعدة متطوعين.
service-sociaal-raadslieden = مساعدة مجانية في الرسائل والبدلات (toeslagen) والضرائب والاعتراض.
service-huisarts = طبيب العائلة الخاص بك. على thuisarts.nl (باللغة الهولندية) تقرأ المزيد عن صحتك.
service-huisartsenpost = رعاية عاجلة في المساء والليل وعطلة نهاية الأسبوع. اتصل دائمًا أولًا.
service-alarm-112 = عند الخطر المباشر: الشرطة أو الإسعاف أو الإطفاء.
service-zelfmoordpreventie-113 = هل تفكر في الانتحار؟ تحدّث عن ذلك، ليلًا ونهارًا. مجانًا ودون ذكر اسمك.
service-veilig-thuis = عند العنف أو سوء المعاملة في البيت. للنصيحة أو للإبلاغ، ليلًا ونهارًا.
service-kindertelefoon = للأطفال والشباب من 8 إلى 18 سنة. بالهاتف أو بالدردشة.
service-geldfit = مساعدة في هموم المال. يكفي أن تذكر رمزك البريدي.
service-luisterlijn = شخص يستمع إليك، ليلًا ونهارًا.
service-mantelzorglijn = لأسئلة مقدّمي الرعاية، في أيام العمل.
service-meldpunt-zorgwekkend-gedrag = هل تشعر بالقلق على شخص ما، لكن الأمر ليس عاجلًا؟ اتصل بنقطة الإبلاغ هذه.
service-juridisch-loket = نصيحة عن حقوقك، مثلًا في الإيجار أو الفصل من العمل أو قرار ما.
service-cak = أسئلة عن المبلغ الذي تدفعه بنفسك مقابل مساعدة البلدية (eigen bijdrage).
service-uwv = لإعانة البطالة (WW)، والمرض، وعدم القدرة على العمل. تسجّل عبر werk.nl.
service-ciz = لمن يحتاج دائمًا إلى رعاية قريبة، مثلًا في دار رعاية.


# REVIEW(ar): machine-assisted; check with a native speaker
# REVIEW(ar): "0800-2000" and "14 020" stay exactly as in Dutch. In right-to-left text "14 020" may be shown as "020 14"; please check it in the widget.
# REVIEW(ar): like the rest of this file, the young person in the helper texts is the generic masculine (الشاب).

## الشباب (تحت 18 سنة)

question-young = هل عمرك أقل من 18 سنة؟
    .hint = نسأل هذا فقط لأن هناك مساعدة مختلفة للشباب.
    .why = للشباب تحت 18 سنة مساعدة تناسبك. لا تحتاج أن تسأل والديك أولًا.
question-young-helper = هل عمر الشخص الآخر أقل من 18 سنة؟
    .hint = نسأل هذا فقط لأن هناك مساعدة مختلفة للشباب.

outcome-young-carer = هناك مساعدة للشباب الذين يعتنون بأحد في البيت
    .why = هل تعتني في البيت بأبيك أو أمك أو أخيك أو أختك؟ إذن أنت مقدّم رعاية صغير السن (jonge mantelzorger). أنت أيضًا يحق لك طلب المساعدة.
    .helper = اسأل كيف حال الشاب نفسه. المدرسة والأصدقاء مهمّون أيضًا.
outcome-young-worries = تحدّث مع شخص عن ذلك
    .why = هل أنت قلق بسبب ما يحدث في البيت؟ لا يجب أن تحلّ ذلك وحدك. هناك أشخاص يستمعون إليك.
    .helper = دع الشاب يختار بنفسه الشخص الذي يتحدث معه.
outcome-young-money = هناك مساعدة للشباب في هموم المال
    .why = هموم المال ثقيلة، حتى عندما تكون صغيرًا في السن. العاملون مع الشباب (jongerenwerk) يساعدونك مجانًا.
    .helper = انظرا معًا في الرسائل. لا تحاول أن تحلّ كل شيء بنفسك.

step-young-carer-contact = اتصل بمركز دعم مقدّمي الرعاية (steunpunt mantelzorg) أو أرسل لهم بريدًا إلكترونيًا. قل إن عمرك أقل من 18 سنة. لديهم شخص خاص بالشباب.
step-young-talk-now = هل تريد أن تتحدث مع شخص الآن؟ اتصل مجانًا بـ Kindertelefoon (خط هاتف للأطفال والشباب) أو اكتب لهم في الدردشة. لا تحتاج إلى ذكر اسمك.
step-young-own-choice = أنت تقرّر بنفسك هل تخبر والديك أنك تطلب المساعدة.
step-young-school = يمكنك أيضًا أن تخبر شخصًا في المدرسة، مثل المعلّم المسؤول عن صفّك (mentor).
step-young-not-alone = كثير من الشباب يساعدون في الرعاية في البيت. لست الوحيد في ذلك.
step-young-cjg = مركز Centrum voor Jeugd en Gezin (CJG، مركز الشباب والعائلة) يساعد الشباب والعائلات. يمكنك أن تتصل بهم بنفسك.
step-young-unsafe-home = هل الوضع في البيت غير آمن؟ اتصل بـ Veilig Thuis (خط المساعدة عند العنف في البيت) على الرقم 0800-2000. يمكنك ذلك حتى لو كنت صغيرًا في السن.
step-young-money-talk = تحدّث عن هموم المال مع شخص تثق به.
step-young-money-jongerenwerk = العاملون مع الشباب (jongerenwerk) يساعدونك مجانًا في أمور المال والرسائل.
step-young-money-geldfit = يمكنك أيضًا أن تتصل بـ Geldfit دون ذكر اسمك.

service-jongerenwerk = للشباب: مكان للحديث، وأنشطة، ومساعدة في المال والأوراق.


## رمز بريدي خارج البلدية

outcome-outside-gemeente = أنت لا تسكن في هذه البلدية
    .why = رمزك البريدي لا يتبع هذه البلدية. بلديتك أنت تساعدك في الخطوات التالية. خطوط المساعدة الوطنية تساعدك في كل مكان.
step-outside-not-here = المساعدة على هذا الموقع هي فقط لسكان هذه البلدية.
step-outside-call-14 = اتصل ببلديتك: اطلب 14 ثم رمز المنطقة لمكان سكنك. مثلًا 14 020 في أمستردام.
step-outside-find = لا تعرف إلى أي بلدية تتبع؟ ابحث عن رمزك البريدي على overheid.nl.
step-outside-national = خطوط المساعدة أدناه تساعدك، أينما كنت تسكن.

service-eigen-gemeente = ابحث برمزك البريدي عن البلدية التي تتبع لها.


## أمور كثيرة في وقت واحد، والأمر عاجل

outcome-several-problems-urgent = فريق واحد يساعدك في كل شيء. الأمر عاجل.
    .why = هل تحدث أمور كثيرة في وقت واحد، وهناك خطر على بيتك أو على مالك؟ عندها يساعدك فريق الحي الاجتماعي (sociaal wijkteam) بسرعة.
    .helper = قولا فورًا ما هو الخطر. خذا الرسائل معكما.
step-several-say-urgent = اتصل اليوم. قل فورًا ما هو الخطر، مثل أن تضطر إلى ترك بيتك أو أن يقطعوا عنك الغاز أو الكهرباء أو الماء.
