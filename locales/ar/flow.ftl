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
# REVIEW(ar): وضع المساعد (شخص يملأ هذا لشخص آخر). الشخص الذي تتم مساعدته هو «الشخص الآخر» (بصيغة المذكر العامة)؛ المساعد هو «أنت». يرجى مراجعة الصياغة.
question-topic-helper = ما الذي يريد الشخص الآخر المساعدة فيه؟
    .hint = يمكنك اختيار أكثر من شيء واحد.
    .why = هكذا نعرف أين يجد الشخص الآخر المساعدة المناسبة. تبقى الإجابات على هذا الجهاز فقط.

option-topic-money = المال والفواتير
    .hint = ديون، فواتير لا تستطيع دفعها
option-topic-money-helper = المال والفواتير
    .hint = ديون، فواتير لا يستطيع الشخص الآخر دفعها
option-topic-work-income = العمل أو الدخل
    .hint = فقدان العمل، لا دخل أو دخل قليل جدًا
option-topic-home = في البيت
    .hint = أعمال البيت، تعديلات في بيتك
option-topic-home-helper = في البيت
    .hint = أعمال البيت، تعديلات في البيت
option-topic-health = صحتك وكيف تشعر
    .hint = الجسم، النفس، الكحول أو المخدرات
option-topic-health-helper = صحة الشخص الآخر وكيف يشعر
option-topic-children = الأطفال والتربية
    .hint = قلق بشأن طفلك
option-topic-children-helper = الأطفال والتربية
    .hint = قلق بشأن طفل
option-topic-caring = رعاية شخص آخر
    .hint = تعتني بأحد والديك أو بشريك حياتك أو بطفلك
option-topic-caring-helper = رعاية شخص آخر
    .hint = الشخص الآخر يعتني بأحد والديه أو بشريك حياته أو بطفله
option-topic-alone = الشعور بالوحدة
    .hint = تواصل قليل مع الناس
option-topic-alone-helper = الشعور بالوحدة
option-topic-safety = الأمان في البيت
    .hint = عنف أو تهديد أو خوف في البيت
option-topic-taking-part = المشاركة
    .hint = نشاط خلال النهار، عمل تطوعي، تعلّم
option-topic-letters = الرسائل والاستمارات
    .hint = فهم رسالة، عدم الموافقة على قرار
option-topic-dont-know = أمور كثيرة معًا / لا أعرف
    .hint = فريق واحد يساعدك في كل شيء
option-topic-dont-know-helper = أمور كثيرة معًا / غير واضح بعد
    .hint = فريق واحد يساعد في كل شيء


## Question: is something serious about to happen because of debts?

question-debt-threat = هل قد تضطر إلى ترك بيتك؟ أو هل سيقطعون عنك الغاز أو الكهرباء أو الماء؟
    .hint = اختر «نعم» أيضًا إذا كان تأمينك الصحي سيتوقف.
    .why = عندها يجب على البلدية أن تساعدك بسرعة أكبر. ستحصل على موعد خلال أيام قليلة.
question-debt-threat-helper = هل قد يضطر الشخص الآخر إلى ترك بيته؟ أو هل سيقطعون عنه الغاز أو الكهرباء أو الماء؟
    .hint = اختر «نعم» أيضًا إذا كان التأمين الصحي للشخص الآخر سيتوقف.
    .why = عندها يجب على البلدية أن تساعد الشخص الآخر بسرعة أكبر. سيحصل على موعد خلال أيام قليلة.


## Question: work or income

# REVIEW(ar): new heading, so the two questions no longer share one (issue 19).
question-income-situation = ما الذي يناسب عملك أو دخلك أكثر؟
    .why = إذا فقدت عملك، تذهب أولًا إلى UWV. من أجل الإعانة الاجتماعية (bijstand) تذهب إلى البلدية.
question-income-situation-helper = ما الذي يناسب عمل الشخص الآخر أو دخله أكثر؟
    .why = إذا فقد الشخص الآخر عمله، يذهب أولًا إلى UWV. من أجل الإعانة الاجتماعية (bijstand) يذهب إلى البلدية.

option-income-situation-lost-job = فقدت عملي، أو سأفقده قريبًا
option-income-situation-lost-job-helper = الشخص الآخر فقد عمله، أو سيفقده قريبًا
option-income-situation-no-income = ليس لدي دخل، أو دخلي لا يكفي للعيش
option-income-situation-no-income-helper = ليس للشخص الآخر دخل، أو دخله لا يكفي للعيش
option-income-situation-other = شيء آخر
    .hint = البلدية تبحث معك عن حل
option-income-situation-other-helper = شيء آخر
    .hint = البلدية تبحث معكما عن حل

question-under-27 = هل عمرك أقل من 27 سنة؟
    .why = للشباب تحت 27 سنة قاعدة إضافية في الإعانة الاجتماعية.
question-under-27-helper = هل عمر الشخص الآخر أقل من 27 سنة؟


## Question: at home

question-home-need = في أي شيء تحتاج إلى مساعدة في البيت؟
    .why = هكذا نعرف أي مساعدة تناسبك.
question-home-need-helper = في أي شيء يحتاج الشخص الآخر إلى مساعدة في البيت؟
    .why = هكذا نعرف أي مساعدة تناسب الشخص الآخر.

# REVIEW(ar): Dutch "wassen" here means washing oneself (personal care); translated as الاغتسال.
option-home-need-household = لم أعد أستطيع القيام بأعمال البيت أو الاعتناء بنفسي
    .hint = مثلًا التنظيف، أو الاغتسال، أو ارتداء الملابس
option-home-need-household-helper = الشخص الآخر لم يعد يستطيع القيام بأعمال البيت أو الاعتناء بنفسه
option-home-need-adaptation = تعديل في البيت، أو كرسي متحرك، أو مواصلات
    .hint = مثلًا مصعد للدرج أو سيارة أجرة إلى المتجر
option-home-need-other = شيء آخر
    .hint = البلدية تبحث معك عن حل
option-home-need-other-helper = شيء آخر
    .hint = البلدية تبحث معكما عن حل


## Question: health

# REVIEW(ar): new heading, so the two questions no longer share one (issue 19).
question-health-need = ما الذي يصف حالتك الصحية أكثر؟
    .why = هل حالتك سيئة جدًا؟ عندها نعرض عليك أسرع مساعدة فورًا.
question-health-need-helper = ما الذي يصف الحالة الصحية للشخص الآخر أكثر؟

# REVIEW(ar): "الانتحار" is the clear, common word. A softer option is "إنهاء حياتي". Please choose one and use it everywhere.
option-health-need-crisis = حالتي سيئة جدًا. أفكر في الانتحار.
option-health-need-crisis-helper = حالة الشخص الآخر سيئة جدًا. يفكر في الانتحار.
option-health-need-unwell = لا أشعر أنني بخير، في جسمي أو في نفسيتي
    .hint = أيضًا عند مشاكل مع الكحول أو المخدرات أو القمار
option-health-need-unwell-helper = الشخص الآخر لا يشعر أنه بخير، في جسمه أو في نفسيته
option-health-need-someone-else = أشعر بالقلق على شخص آخر
    .hint = مثلًا جار يبدو مرتبكًا
option-health-need-someone-else-helper = أنت قلق على الشخص الآخر، لكنه لا يطلب المساعدة بنفسه
    .hint = مثلًا لأن الشخص الآخر يبدو مرتبكًا


## Question: children

question-child-safety = هل تشعر بالقلق على سلامة طفلك؟
    .hint = مثلًا: شخص يضرب طفلك، أو هناك عنف كثير في البيت.
    .why = إذا لم يكن طفلك في أمان، نعرض عليك المساعدة المناسبة فورًا.
question-child-safety-helper = هل تشعر بالقلق على سلامة الطفل؟
    .hint = مثلًا: شخص يضرب الطفل، أو هناك عنف كثير في البيت.
    .why = إذا لم يكن الطفل في أمان، نعرض عليك المساعدة المناسبة فورًا.


## Question: letters

question-letter-kind = ما المشكلة في الرسالة؟
    .why = هكذا نعرف إن كان هناك تاريخ يجب أن تنتبه له.
question-letter-kind-helper = ما المشكلة في رسالة الشخص الآخر؟

option-letter-kind-understand = لا أفهم رسالة أو استمارة
option-letter-kind-understand-helper = الشخص الآخر لا يفهم رسالة أو استمارة
option-letter-kind-disagree = لا أوافق على قرار
option-letter-kind-disagree-helper = الشخص الآخر لا يوافق على قرار


## Question: the miracle question (you can skip it)

question-own-words = ما الذي تريد أن يتغيّر؟
    .hint = اكتب ذلك بكلماتك. يمكنك تخطي هذا السؤال.
    .why = هكذا تعرف أنت ما هو مهم لك. خذه معك إلى موعدك. نحن لا نرسله إلى أي مكان.
question-own-words-helper = ما الذي يريد الشخص الآخر أن يتغيّر؟
    .hint = اكتبا ذلك معًا، بكلمات الشخص الآخر. يمكنك تخطي هذا السؤال.
    .why = هكذا تعرف ما هو مهم للشخص الآخر. خذاه معكما إلى الموعد. نحن لا نرسله إلى أي مكان.


## Question: postcode (you can skip it)

question-postcode = ما هو رمزك البريدي؟
    .hint = يمكنك أيضًا كتابة رقم البيت. هذا ليس ضروريًا.
    .why = هكذا نبحث عن الفريق القريب منك. يبقى رمزك البريدي على جهازك أنت فقط.
question-postcode-helper = ما هو الرمز البريدي للشخص الآخر؟
    .hint = يمكنك أيضًا كتابة رقم البيت. هذا ليس ضروريًا.
    .why = هكذا نبحث عن الفريق القريب من الشخص الآخر. يبقى الرمز البريدي على هذا الجهاز فقط.


## Advice

outcome-unsafe-at-home = هل أنت في خطر الآن؟ اتصل بالرقم 112.
    .why = سلامتك أهم من كل شيء. لست في خطر مباشر؟ اتصل إذن بـ Veilig Thuis، وهو خط المساعدة عند العنف في البيت. يمكنك الاتصال دون ذكر اسمك.
    .helper = لا تسأل أسئلة لا يريد الشخص الآخر الإجابة عنها. دع الشخص الآخر يتصل بنفسه، أو اتصلا معًا.
outcome-unsafe-at-home-helper = هل هناك خطر الآن؟ اتصل بالرقم 112.
    .why = السلامة أهم من كل شيء. لا يوجد خطر مباشر؟ اتصل إذن بـ Veilig Thuis، وهو خط المساعدة عند العنف في البيت. يمكنك الاتصال دون ذكر اسمك.

outcome-mental-crisis = تحدّث عن ذلك الآن مع 113
    .why = لا داعي أن تحمل هذا وحدك. في 113 يستمعون إليك ليلًا ونهارًا. الخدمة مجانية، ولا داعي لذكر اسمك.
    .helper = ابقَ مع الشخص الآخر. اتصلا معًا، أو دع الشخص الآخر يكتب في الدردشة. هل يوجد خطر مباشر؟ اتصل بالرقم 112.
outcome-mental-crisis-helper = تحدّثا عن ذلك الآن مع 113
    .why = لا داعي أن يحمل الشخص الآخر هذا وحده. وأنت أيضًا. في 113 يستمعون ليلًا ونهارًا. الخدمة مجانية، ولا داعي لذكر الاسم.

outcome-debt-help = يمكنك الحصول على مساعدة في الديون (schuldhulp)
    .why = كل بلدية ملزمة بتقديم المساعدة في الديون. كلما بدأت أبكر، كان ذلك أفضل.
    .helper = ساعد في جمع الرسائل. يمكن أن يأتي معكما أيضًا متطوع من SchuldHulpMaatje.
outcome-debt-help-helper = يمكن للشخص الآخر الحصول على مساعدة في الديون (schuldhulp)
    .why = كل بلدية ملزمة بتقديم المساعدة في الديون. كلما بدأ الشخص الآخر أبكر، كان ذلك أفضل.

outcome-debt-help-urgent = اتصل بسرعة بخدمة المساعدة في الديون
    .why = هناك خطر جدي على بيتك، أو على الغاز أو الكهرباء أو الماء، أو على تأمينك الصحي. عندها يجب على البلدية أن تساعدك بسرعة كبيرة.
    .helper = اتصلا معًا، اليوم. قولا فورًا ما هو الخطر، وأبقيا الرسالة في متناول اليد.
outcome-debt-help-urgent-helper = اتصل بسرعة بخدمة المساعدة في الديون
    .why = هناك خطر جدي على بيت الشخص الآخر، أو على الغاز أو الكهرباء أو الماء، أو على تأمينه الصحي. عندها يجب على البلدية أن تساعد بسرعة كبيرة.

outcome-job-loss = اذهب أولًا إلى UWV
    .why = هل فقدت عملك؟ ربما تحصل على إعانة بطالة (WW-uitkering). ترتّب ذلك مع UWV (وكالة تأمين الموظفين)، وليس مع البلدية.
    .helper = ساعد في تسجيل الدخول إلى werk.nl. تحقّقا معًا إن كانت إعانة البطالة تكفي للعيش.
outcome-job-loss-helper = أولًا إلى UWV
    .why = هل فقد الشخص الآخر عمله؟ ربما يحصل على إعانة بطالة (WW-uitkering). يرتّب ذلك مع UWV (وكالة تأمين الموظفين)، وليس مع البلدية.

# REVIEW(ar): "bijstand" is translated as الإعانة الاجتماعية (social assistance). Check that this is the usual term in NL Arabic information.
outcome-income-support = يمكن للبلدية أن تساعدك بإعانة اجتماعية
    .why = ليس لديك دخل، أو دخلك قليل جدًا؟ يمكنك أن تطلب من البلدية إعانة اجتماعية (bijstand).
    .helper = إذا لم يكن هناك مال الآن، اطلبا معًا دفعة مقدّمة. هذا حق.
outcome-income-support-helper = يمكن للبلدية أن تساعد الشخص الآخر بإعانة اجتماعية
    .why = ليس للشخص الآخر دخل، أو دخله قليل جدًا؟ يمكنه أن يطلب من البلدية إعانة اجتماعية (bijstand).

outcome-income-support-young = يمكن للبلدية أن تساعدك بإعانة اجتماعية
    .why = ليس لديك دخل، أو دخلك قليل جدًا؟ يمكنك أن تطلب من البلدية إعانة اجتماعية (bijstand). للشباب قاعدة إضافية.
    .helper = ابحثا معًا عن عمل أو دراسة. اكتبا ما تفعلانه. هذا يساعد في الطلب.
outcome-income-support-young-helper = يمكن للبلدية أن تساعد الشخص الآخر بإعانة اجتماعية
    .why = ليس للشخص الآخر دخل، أو دخله قليل جدًا؟ يمكنه أن يطلب من البلدية إعانة اجتماعية (bijstand). للشباب قاعدة إضافية.
    .helper = ابحثا معًا عن عمل أو دراسة. اكتبا ما يفعله الشخص الآخر. هذا يساعد في الطلب.

outcome-wmo-household = يمكن للبلدية أن تساعدك في البيت
    .why = لم تعد تستطيع القيام بأعمال البيت أو الاعتناء بنفسك؟ عندها يمكن للبلدية أن ترى أي مساعدة تناسبك.
    .helper = اذهب مع الشخص الآخر إلى اللقاء. يمكن أن يأتي أيضًا شخص داعم مستقل (cliëntondersteuner). هذا مجاني.
outcome-wmo-household-helper = يمكن للبلدية أن تساعد الشخص الآخر في البيت
    .why = لم يعد الشخص الآخر يستطيع القيام بأعمال البيت أو الاعتناء بنفسه؟ عندها ترى البلدية أي مساعدة تناسبه.

outcome-wmo-adaptation = يمكن للبلدية أن تساعدك في تعديل بيتك
    .why = هل تحتاج إلى تعديل في بيتك؟ أو إلى كرسي متحرك أو مواصلات؟ البلدية يمكن أن تساعد.
    .helper = التقطا معًا صورًا لما هو صعب في البيت. هذا يساعد في اللقاء.
outcome-wmo-adaptation-helper = يمكن للبلدية أن تساعد الشخص الآخر في تعديل بيته
    .why = هل يحتاج الشخص الآخر إلى تعديل في بيته؟ أو إلى كرسي متحرك أو مواصلات؟ البلدية يمكن أن تساعد.

outcome-child-worry = تحدّث عن قلقك على طفلك
    .why = مركز Centrum voor Jeugd en Gezin (مركز الشباب والعائلة) يساعد الآباء والأمهات والأطفال. أنت مرحَّب بك مع أي سؤال.
    .helper = خذ هذا القلق بجدية. اذهبا معًا إلى اللقاء الأول إذا أراد الوالد أو الوالدة ذلك.
outcome-child-worry-helper = تحدّث عن القلق على الطفل
    .why = مركز Centrum voor Jeugd en Gezin (مركز الشباب والعائلة) يساعد الآباء والأمهات والأطفال. الجميع مرحَّب بهم مع أي سؤال.

outcome-child-unsafe = هل طفلك في خطر الآن؟ اتصل بالرقم 112.
    .why = سلامة طفلك أهم من كل شيء. يعرف Veilig Thuis، خط المساعدة عند العنف في البيت، ما يمكنك فعله.
    .helper = اتصلا معًا بـ Veilig Thuis. يمكنك الاتصال أيضًا إذا لم تكن متأكدًا.
outcome-child-unsafe-helper = هل الطفل في خطر الآن؟ اتصل بالرقم 112.
    .why = سلامة الطفل أهم من كل شيء. يعرف Veilig Thuis، خط المساعدة عند العنف في البيت، ما يمكنك فعله.

outcome-carer-support = هناك مساعدة لمقدّمي الرعاية
    .why = هل تعتني بشخص ما؟ إذن أنت مقدّم رعاية (mantelzorger). أنت أيضًا يحق لك طلب المساعدة.
    .helper = اسأل كيف حال مقدّم الرعاية نفسه. كثيرًا ما ينسى الناس ذلك.
outcome-carer-support-helper = هناك مساعدة لمقدّمي الرعاية
    .why = هل يعتني الشخص الآخر بشخص ما؟ إذن هو مقدّم رعاية (mantelzorger). يحق له أيضًا طلب المساعدة.

outcome-loneliness = هناك أناس قريبون منك
    .why = كثير من الناس يشعرون بالوحدة أحيانًا. في حيّك يمكنك أن تلتقي بآخرين.
    .helper = اذهبا معًا إلى نشاط في المرة الأولى. هذا يجعل الخطوة أسهل.
outcome-loneliness-helper = هناك أناس قريبون من الشخص الآخر
    .why = كثير من الناس يشعرون بالوحدة أحيانًا. في الحي يمكن للشخص الآخر أن يلتقي بآخرين.

outcome-taking-part = شارك في أنشطة الحي
    .why = القيام بشيء خلال النهار يعطي راحة وتواصلًا. العمل الاجتماعي في الحي (welzijnswerk) يساعدك على إيجاد شيء يناسبك.
    .helper = اسأل عمّا يحبه الشخص الآخر أو يجيده. ابدأ بخطوة صغيرة.
outcome-taking-part-helper = المشاركة في أنشطة الحي
    .why = القيام بشيء خلال النهار يعطي راحة وتواصلًا. العمل الاجتماعي في الحي (welzijnswerk) يساعد الشخص الآخر على إيجاد شيء يناسبه.

outcome-letter-help = اقرأ الرسالة مع شخص آخر
    .why = المستشارون الاجتماعيون (sociaal raadslieden) يساعدون مجانًا في الرسائل والاستمارات.
    .helper = انظرا معًا إلى التاريخ في الرسالة. لا تنتظرا طويلًا.

outcome-objection-help = يحق لك أن تقول إنك لا توافق
    .why = لا توافق على قرار؟ يمكنك الاعتراض عليه (bezwaar maken). للاعتراض مهلة محددة.
    .helper = انتبه إلى التاريخ في الرسالة. ساعد في الكتابة، أو اذهبا معًا إلى المستشارين الاجتماعيين.
outcome-objection-help-helper = يحق للشخص الآخر أن يقول إنه لا يوافق
    .why = الشخص الآخر لا يوافق على قرار؟ يمكنه الاعتراض عليه (bezwaar maken). للاعتراض مهلة محددة.

outcome-health-support = تحدّث مع طبيب العائلة ومع فريق الحي
    .why = طبيب العائلة (huisarts) يساعدك في صحتك. فريق الحي (wijkteam) يساعدك في الأمور الأخرى.
    .helper = اذهب مع الشخص الآخر إلى طبيب العائلة إذا أراد ذلك. اكتبا معًا ما يحدث.
outcome-health-support-helper = تحدّثا مع طبيب العائلة ومع فريق الحي
    .why = طبيب العائلة (huisarts) يساعد في صحة الشخص الآخر. فريق الحي (wijkteam) يساعد في الأمور الأخرى.

outcome-worry-about-someone = أبلغ عن قلقك على هذا الشخص
    .why = هل تشعر بالقلق على شخص ما، لكن الأمر ليس عاجلًا؟ يمكنك الاتصال بنقطة الإبلاغ (meldpunt).
    .helper = اكتب ما رأيته، وأين، ومتى. هذا يساعد نقطة الإبلاغ.

# REVIEW(ar): "ervaringsdeskundige" = someone trained to help from their own experience; check the phrase.
outcome-several-problems = فريق واحد يساعدك في كل شيء
    .why = هل تحدث أمور كثيرة في وقت واحد؟ عندها يساعدك فريق الحي الاجتماعي (sociaal wijkteam). تحكي قصتك مرة واحدة فقط.
    .helper = اكتبا معًا قائمة قصيرة بما يقلقكما أكثر. يمكن أن يساعد أيضًا شخص مرّ بتجربة مشابهة (ervaringsdeskundige).
outcome-several-problems-helper = فريق واحد يساعد الشخص الآخر في كل شيء
    .why = هل تحدث أمور كثيرة في وقت واحد؟ عندها يساعد فريق الحي الاجتماعي (sociaal wijkteam) الشخص الآخر. يحكي قصته مرة واحدة فقط.

outcome-ask-gemeente = اتصل بالبلدية (gemeente)
    .why = البلدية تستمع إلى سؤالك. يبحثون معك عن المساعدة المناسبة.
    .helper = اتصلا معًا. اكتب السؤال قبل الاتصال.
outcome-ask-gemeente-helper = اتصل بالبلدية (gemeente)
    .why = البلدية تستمع إلى السؤال. يبحثون معكما عن المساعدة المناسبة.


## What happens next? ($term is the time limit, for example "6 أسابيع")

step-danger-call-112 = هل أنت في خطر الآن؟ اتصل بالرقم 112.
step-danger-call-112-helper = هل هناك خطر الآن؟ اتصل بالرقم 112.
step-danger-now-112 = هل يوجد خطر الآن؟ اتصل بالرقم 112.
step-veilig-thuis-call = اتصل بـ Veilig Thuis. هم متاحون ليلًا ونهارًا. يمكنك الاتصال دون ذكر اسمك.
step-veilig-thuis-child = اتصل بـ Veilig Thuis. يفكرون معك في ما هو الأفضل لطفلك.
step-veilig-thuis-child-helper = اتصل بـ Veilig Thuis. يفكرون معك في ما هو الأفضل للطفل.
step-veilig-thuis-helps = يقدّم Veilig Thuis النصيحة. إذا أردت، يرتّبون لك المساعدة.
step-veilig-thuis-helps-helper = يقدّم Veilig Thuis النصيحة. إذا أراد الشخص الآخر، يرتّبون المساعدة.
step-safe-place = لا تستطيع البقاء في البيت؟ يبحث Veilig Thuis معك عن مكان آمن للإقامة (opvang).
step-safe-place-helper = لا يستطيع الشخص الآخر البقاء في البيت؟ يساعد Veilig Thuis في البحث عن مكان آمن للإقامة (opvang).
step-child-can-call = يمكن لطفلك أيضًا أن يتصل بنفسه بـ Kindertelefoon (خط هاتف للأطفال) أو يكتب لهم في الدردشة. هذا مجاني.
step-child-can-call-helper = يمكن للطفل أيضًا أن يتصل بنفسه بـ Kindertelefoon (خط هاتف للأطفال) أو يكتب لهم في الدردشة. هذا مجاني.

step-call-113-now = اتصل الآن بـ 113 أو اكتب لهم في الدردشة. الخدمة مجانية، ولا داعي لذكر اسمك.
step-no-forms = لا تحتاج إلى ملء أي استمارة.
step-no-forms-helper = لا حاجة إلى ملء أي استمارة.
# REVIEW(ar): "huisartsenpost" = the GP service for evenings, nights and weekends; translated as خدمة الطبيب المناوب.
step-huisarts-soon = تحدّث أيضًا مع طبيب العائلة. في المساء وفي عطلة نهاية الأسبوع اتصل بخدمة الطبيب المناوب (huisartsenpost).
step-huisarts-soon-helper = تحدّثا أيضًا مع طبيب العائلة للشخص الآخر. في المساء وفي عطلة نهاية الأسبوع اتصل بخدمة الطبيب المناوب (huisartsenpost).

step-debt-sign-up = اتصل بخدمة المساعدة في الديون أو أرسل لهم بريدًا إلكترونيًا. يمكنك أيضًا الحضور في ساعات الاستقبال (spreekuur).
step-debt-intake = خلال { $term } يكون لديك لقاء أول (intakegesprek).
step-debt-intake-helper = خلال { $term } يكون للشخص الآخر لقاء أول (intakegesprek).
step-debt-threat-later = هل ستضطر رغم ذلك إلى ترك بيتك، أو سيقطعون عنك شيئًا؟ قل ذلك فورًا.
step-debt-threat-later-helper = هل سيضطر الشخص الآخر رغم ذلك إلى ترك بيته، أو سيقطعون عنه شيئًا؟ قل ذلك فورًا.
step-debt-say-urgent = قل فورًا ما هو الخطر. أحضر معك الرسالة المتعلقة به.
step-debt-intake-urgent = عندها يكون لديك لقاء أول (intakegesprek) خلال { $term }.
step-debt-intake-urgent-helper = عندها يكون للشخص الآخر لقاء أول (intakegesprek) خلال { $term }.
step-debt-decision = بعد ذلك تحصل على رسالة فيها القرار. يستغرق ذلك عادةً حوالي { $term }.
step-debt-decision-helper = بعد ذلك يحصل الشخص الآخر على رسالة فيها القرار. يستغرق ذلك عادةً حوالي { $term }.
step-debt-cost = عادةً لا تكلّفك هذه المساعدة شيئًا. لا تتردد في السؤال.
step-debt-cost-helper = عادةً لا تكلّف هذه المساعدة الشخص الآخر شيئًا. لا تتردد في السؤال.

step-uwv-ww = اطلب من UWV إعانة البطالة (WW-uitkering). يمكنك ذلك عبر werk.nl.
step-ww-too-low = لا تحصل على إعانة البطالة، أو هي قليلة جدًا؟ عندها يمكن للبلدية أن تساعد.
step-ww-too-low-helper = لا يحصل الشخص الآخر على إعانة البطالة، أو هي قليلة جدًا؟ عندها يمكن للبلدية أن تساعد.
step-dismissal-advice = لا توافق على فصلك من العمل؟ يقدّم Juridisch Loket (مكتب الاستشارات القانونية) النصيحة.
step-dismissal-advice-helper = الشخص الآخر لا يوافق على فصله من العمل؟ يقدّم Juridisch Loket (مكتب الاستشارات القانونية) النصيحة.
step-toeslagen-check = تحقّق إن كان يحق لك الحصول على بدلات من الحكومة (toeslagen). المستشارون الاجتماعيون يساعدونك.
step-toeslagen-check-helper = تحقّق إن كان يحق للشخص الآخر الحصول على بدلات من الحكومة (toeslagen). المستشارون الاجتماعيون يساعدون.

step-bijstand-sign-up = سجّل أولًا على werk.nl. بعد ذلك تتصل بك البلدية.
step-bijstand-sign-up-helper = يسجّل الشخص الآخر أولًا على werk.nl. بعد ذلك تتصل به البلدية.
step-money-today = ليس لديك الآن مال للطعام أو الإيجار؟ قل ذلك فورًا.
step-money-today-helper = ليس للشخص الآخر الآن مال للطعام أو الإيجار؟ قل ذلك فورًا.
step-bijstand-advance = لا يوجد قرار بعد مرور { $term }؟ عندها تحصل على دفعة مقدّمة (voorschot).
step-bijstand-advance-helper = لا يوجد قرار بعد مرور { $term }؟ عندها يحصل الشخص الآخر على دفعة مقدّمة (voorschot).
step-bijstand-decision = خلال { $term } تحصل على رسالة فيها القرار.
step-bijstand-decision-helper = خلال { $term } يحصل الشخص الآخر على رسالة فيها القرار.
step-special-costs = هل لديك تكاليف عالية لا تستطيع دفعها؟ اسأل عن مساعدة خاصة للتكاليف الكبيرة (bijzondere bijstand).
step-special-costs-helper = هل للشخص الآخر تكاليف عالية لا يستطيع دفعها؟ اسأل عن مساعدة خاصة للتكاليف الكبيرة (bijzondere bijstand).
step-young-search = عمرك أقل من 27 سنة. لذلك تبحث أولًا عن عمل أو دراسة لمدة { $term }.
step-young-search-helper = عمر الشخص الآخر أقل من 27 سنة. لذلك يبحث أولًا عن عمل أو دراسة لمدة { $term }.
step-young-rule-may-change = هذه القاعدة قد تتغير. اسأل ما هي القاعدة الآن.

step-wmo-melding = تخبر البلدية بما تحتاجه. هذا اسمه Wmo-melding. تحصل على تأكيد.
step-wmo-melding-helper = يخبر الشخص الآخر البلدية بما يحتاجه. هذا اسمه Wmo-melding. يمكنك أن تساعد في ذلك. يحصل على تأكيد.
step-wmo-own-plan = هل تريد أن تكتب خطة بنفسك؟ هذا مسموح. لديك مهلة { $term } لذلك (persoonlijk plan).
step-wmo-own-plan-helper = هل يريد الشخص الآخر أن يكتب خطة بنفسه؟ هذا مسموح. هناك مهلة { $term } لذلك (persoonlijk plan).
step-wmo-talk = خلال { $term } يتحدث معك شخص، غالبًا في بيتك (keukentafelgesprek).
step-wmo-talk-helper = خلال { $term } يتحدث شخص مع الشخص الآخر، غالبًا في بيته (keukentafelgesprek).
step-wmo-talk-adaptation = خلال { $term } يتحدث معك شخص. أحيانًا يأتي معه معالج وظيفي (ergotherapeut).
step-wmo-talk-adaptation-helper = خلال { $term } يتحدث شخص مع الشخص الآخر. أحيانًا يأتي معه معالج وظيفي (ergotherapeut).
step-wmo-bring-someone = يمكنك أن تُحضر شخصًا معك إلى اللقاء. مثلًا أحد أفراد عائلتك أو شخصًا داعمًا مستقلًا (cliëntondersteuner).
step-wmo-bring-someone-helper = يمكن للشخص الآخر أن يُحضر شخصًا معه إلى اللقاء. مثلًا أنت، أو شخصًا داعمًا مستقلًا (cliëntondersteuner).
step-wmo-report = بعد ذلك تحصل على تقرير مكتوب. هل فيه شيء غير صحيح؟ قل ذلك.
step-wmo-report-helper = بعد ذلك يحصل الشخص الآخر على تقرير مكتوب. هل فيه شيء غير صحيح؟ قولا ذلك.
step-wmo-decision = هل تطلب المساعدة؟ عندها تحصل خلال { $term } على رسالة فيها القرار (beschikking).
step-wmo-decision-helper = هل يطلب الشخص الآخر المساعدة؟ عندها يحصل خلال { $term } على رسالة فيها القرار (beschikking).
step-wmo-urgent = هل الأمر عاجل؟ قل ذلك فورًا. عندها يمكن أن تحصل بسرعة على مساعدة مؤقتة.
step-wmo-cost = لأغلب المساعدات تدفع مبلغًا ثابتًا كل شهر (eigen bijdrage). مؤسسة CAK ترسل لك الفاتورة.
step-wmo-cost-helper = لأغلب المساعدات يدفع الشخص الآخر مبلغًا ثابتًا كل شهر (eigen bijdrage). مؤسسة CAK ترسل الفاتورة.
step-wmo-delivery = بعد ذلك يستغرق الأمر بعض الوقت. الكرسي المتحرك أو أعمال البناء تحتاج إلى وقت.
step-rented-home = هل بيتك مستأجر؟ أخبر صاحب البيت أيضًا.
step-rented-home-helper = هل بيت الشخص الآخر مستأجر؟ أخبرا صاحب البيت أيضًا.
step-objection = لا توافق على القرار؟ أخبرهم بذلك خلال { $term } (bezwaar maken).
step-objection-helper = الشخص الآخر لا يوافق على القرار؟ أخبروهم بذلك خلال { $term } (bezwaar maken).

step-jeugd-talk = أولًا يكون لديك لقاء، غالبًا مع كل العائلة.
step-jeugd-talk-helper = أولًا يكون هناك لقاء، غالبًا مع كل العائلة.
step-jeugd-plan = معًا تضعون خطة لعائلتك (gezinsplan).
step-jeugd-plan-helper = تضع العائلة معًا خطة (gezinsplan).
step-jeugd-decision = هل يحتاج طفلك إلى مساعدة خاصة (jeugdhulp)؟ عندها تحصل خلال { $term } على رسالة فيها القرار.
step-jeugd-decision-helper = هل يحتاج الطفل إلى مساعدة خاصة (jeugdhulp)؟ عندها تحصل العائلة خلال { $term } على رسالة فيها القرار.
step-jeugd-urgent = هل الأمر عاجل؟ قل ذلك. عندها تأتي المساعدة فورًا.
step-jeugd-huisarts = يمكن لطبيب العائلة أيضًا أن يحيلك مباشرة إلى مساعدة الأطفال والشباب (jeugdhulp).
step-jeugd-huisarts-helper = يمكن لطبيب العائلة أيضًا أن يحيل العائلة مباشرة إلى مساعدة الأطفال والشباب (jeugdhulp).

step-carer-contact = تواصل مع مركز الدعم (steunpunt). يستمعون إليك ويفكرون معك.
step-carer-contact-helper = تواصل مع مركز الدعم (steunpunt). يستمعون ويفكرون معكما.
step-carer-break = هل تحتاج إلى راحة؟ اسأل عن شخص يتولى الرعاية مكانك لفترة قصيرة (respijtzorg).
step-carer-break-helper = هل يحتاج الشخص الآخر إلى راحة؟ اسأل عن شخص يتولى الرعاية لفترة قصيرة (respijtzorg).
step-carer-wmo = هل يحتاج الشخص الآخر إلى مساعدة أكثر؟ أخبر البلدية بذلك. خلال { $term } يكون هناك لقاء.
step-carer-wmo-helper = هل يحتاج الشخص الذي تتم رعايته إلى مساعدة أكثر؟ أخبر البلدية بذلك. خلال { $term } يكون هناك لقاء.
step-carer-thanks = كل سنة تشكر البلدية مقدّمي الرعاية (mantelzorgwaardering). مركز الدعم يخبرك كيف.
step-carer-thanks-helper = كل سنة تشكر البلدية مقدّمي الرعاية (mantelzorgwaardering). مركز الدعم يشرح كيف.

# REVIEW(ar): "welzijnswerk" (local social and community work) is translated as العمل الاجتماعي في الحي.
step-welzijn-contact = اتصل أو تعال دون موعد إلى العمل الاجتماعي في الحي (welzijnswerk). لا توجد قائمة انتظار لأغلب الأنشطة.
step-welzijn-visit = سيتصل بك شخص أو يزورك.
step-welzijn-visit-helper = سيتصل شخص بالشخص الآخر أو يزوره.
step-talk-now = هل تريد أن تتحدث مع شخص الآن؟ De Luisterlijn (خط للاستماع) متاح ليلًا ونهارًا.
step-talk-now-helper = هل يريد الشخص الآخر أن يتحدث مع شخص الآن؟ De Luisterlijn (خط للاستماع) متاح ليلًا ونهارًا.
step-feeling-down = هل تشعر بالحزن كثيرًا؟ تحدّث عن ذلك أيضًا مع طبيب العائلة.
step-feeling-down-helper = هل يشعر الشخص الآخر بالحزن كثيرًا؟ تحدّثا عن ذلك أيضًا مع طبيب العائلة.
step-ending-life-113 = هل تفكر في الانتحار؟ اتصل إذن بـ 113 أو اكتب لهم في الدردشة.
step-ending-life-113-helper = هل يفكر الشخص الآخر في الانتحار؟ اتصلا إذن معًا بـ 113 أو اكتبا لهم في الدردشة.
step-taking-part-choose = معًا تبحثون عمّا يناسبك. مثلًا عمل تطوعي أو دورة أو نشاط.
step-taking-part-choose-helper = معًا تبحثون عمّا يناسب الشخص الآخر. مثلًا عمل تطوعي أو دورة أو نشاط.
step-day-activities = هل تحتاج إلى مساعدة أكثر لتقوم بشيء خلال النهار؟ اسأل البلدية عن الأنشطة النهارية (dagbesteding).
step-day-activities-helper = هل يحتاج الشخص الآخر إلى مساعدة أكثر ليقوم بشيء خلال النهار؟ اسأل البلدية عن الأنشطة النهارية (dagbesteding).

step-raadslieden-contact = احجز موعدًا عند المستشارين الاجتماعيين (sociaal raadslieden). أو تعال في ساعات الاستقبال (spreekuur).
step-raadslieden-read = تقرؤون الرسالة معًا. يشرحون لك ما يجب أن تفعله.
step-raadslieden-read-helper = تقرؤون الرسالة معًا. يشرحون ما يجب فعله.
step-letter-date = هل يوجد تاريخ في الرسالة؟ إذن لا تنتظر طويلًا.
step-objection-deadline = لديك مهلة { $term } للاعتراض. تبدأ العدّ من التاريخ المكتوب على الرسالة.
step-objection-deadline-helper = للشخص الآخر مهلة { $term } للاعتراض. يبدأ العدّ من التاريخ المكتوب على الرسالة.
step-objection-write = المستشارون الاجتماعيون يساعدونك في كتابة الرسالة.
step-objection-write-helper = المستشارون الاجتماعيون يساعدون في كتابة الرسالة.
step-objection-call = غالبًا تتصل بك البلدية أولًا. عندها تتحدثون عن الأمر معًا.
step-objection-call-helper = غالبًا تتصل البلدية بالشخص الآخر أولًا. عندها يتحدثون عن الأمر معًا.
step-objection-legal = هل الأمر يتعلق بمبلغ كبير من المال، أو بقضية في المحكمة؟ اطلب النصيحة من Juridisch Loket.

step-huisarts-first = احجز موعدًا عند طبيب العائلة الخاص بك.
step-huisarts-first-helper = احجزا موعدًا عند طبيب العائلة للشخص الآخر.
step-huisartsenpost-call-first = هل الأمر عاجل، في المساء أو في عطلة نهاية الأسبوع؟ اتصل بخدمة الطبيب المناوب (huisartsenpost). لا تذهب إلى هناك دون أن تتصل أولًا.
step-wijkteam-more = هل هناك أمور أخرى، مثل المال أو الوحدة؟ فريق الحي يساعدك في ذلك أيضًا.
step-wijkteam-more-helper = هل هناك أمور أخرى، مثل المال أو الوحدة؟ فريق الحي يساعد في ذلك أيضًا.

step-meldpunt-call = اتصل بنقطة الإبلاغ. قل ما تراه وأين.
step-meldpunt-forward = ترسل نقطة الإبلاغ بلاغك إلى بلدية الشخص الآخر. هناك يرون ما هو المطلوب.
step-abuse-veilig-thuis = هل تظن أن أحدًا يسيء معاملة الشخص الآخر؟ اتصل إذن بـ Veilig Thuis.

step-one-talk = يكون لديك لقاء واحد عن كل ما يحدث.
step-one-talk-helper = يكون للشخص الآخر لقاء واحد عن كل ما يحدث.
step-one-plan = معًا تضعون خطة واحدة. تحصل على شخص واحد ثابت للتواصل.
step-one-plan-helper = معًا تضعون خطة واحدة. يحصل الشخص الآخر على شخص واحد ثابت للتواصل.
step-tell-once = تحكي قصتك مرة واحدة فقط.
step-tell-once-helper = يحكي الشخص الآخر قصته مرة واحدة فقط.
step-bring-in-desks = فريق الحي يطلب المساعدات الأخرى بنفسه.
step-several-debt-urgent = هل ستضطر إلى ترك بيتك، أو سيقطعون عنك شيئًا؟ قل ذلك فورًا. عندها يكون هناك لقاء عن ديونك خلال { $term }.
step-several-debt-urgent-helper = هل سيضطر الشخص الآخر إلى ترك بيته، أو سيقطعون عنه شيئًا؟ قل ذلك فورًا. عندها يكون هناك لقاء عن الديون خلال { $term }.
step-several-wmo = هل تحتاج إلى مساعدة في البيت؟ عندها يكون هناك لقاء خلال { $term }، غالبًا في بيتك.
step-several-wmo-helper = هل يحتاج الشخص الآخر إلى مساعدة في البيت؟ عندها يكون هناك لقاء خلال { $term }، غالبًا في بيته.

step-gemeente-listens = اتصل بالبلدية. يستمعون إليك ويبحثون معك عمّن يستطيع مساعدتك.
step-gemeente-listens-helper = اتصل بالبلدية. يستمعون ويبحثون عمّن يستطيع مساعدة الشخص الآخر.
step-gemeente-walk-in = يمكنك أيضًا الحضور في ساعات الاستقبال (spreekuur).
step-gemeente-walk-in-helper = يمكنكما أيضًا الحضور في ساعات الاستقبال (spreekuur).

step-no-news-call = لم تسمع شيئًا بعد { $term }؟ اتصل بنفسك إذن.
step-no-news-call-helper = لم تسمعا شيئًا بعد { $term }؟ اتصلا إذن.
step-may-take-longer = أحيانًا يستغرق الأمر وقتًا أطول مما يقوله القانون. لا تتردد في السؤال عن وضع طلبك.


## What to bring

bring-id = إثبات هويتك (جواز السفر أو بطاقة الهوية أو رخصة القيادة)
bring-id-helper = إثبات هوية الشخص الآخر (جواز السفر أو بطاقة الهوية أو رخصة القيادة)
bring-debt-letters = كل الرسائل عن ديونك، ومنها رسائل التذكير بالدفع ورسائل المحضر القضائي (deurwaarder)
bring-debt-letters-helper = كل الرسائل عن الديون، ومنها رسائل التذكير بالدفع ورسائل المحضر القضائي (deurwaarder)
bring-income-proof = قسيمة راتبك أو الرسالة عن إعانتك
bring-income-proof-helper = قسيمة راتب الشخص الآخر أو الرسالة عن إعانته
bring-bank-statements = كشوف حسابك البنكي لآخر 3 أشهر
bring-bank-statements-helper = كشوف الحساب البنكي للشخص الآخر لآخر 3 أشهر
bring-rent-contract = عقد الإيجار
bring-rent-contract-helper = عقد إيجار الشخص الآخر
bring-rent-mortgage = عقد الإيجار أو أوراق القرض العقاري (hypotheek)
bring-rent-mortgage-helper = عقد إيجار الشخص الآخر أو أوراق القرض العقاري (hypotheek)
bring-work-papers = رسالة فصلك من العمل أو عقد عملك
bring-work-papers-helper = رسالة فصل الشخص الآخر من العمل أو عقد عمله
bring-household-income = كم يكسب كل شخص في بيتك
bring-household-income-helper = كم يكسب كل شخص في بيت الشخص الآخر
bring-savings = كشف بمدخراتك
bring-savings-helper = كشف بمدخرات الشخص الآخر
bring-what-is-hard = ما لم تعد تستطيع فعله، ومنذ متى
bring-medicine-list = قائمة أدويتك أو رسائل من طبيبك، إن كانت لديك
bring-medicine-list-helper = قائمة الأدوية أو رسائل من الطبيب، إن كانت لدى الشخص الآخر
bring-who-helps = من يساعدك الآن، مثلًا العائلة أو الجيران
bring-who-helps-helper = من يساعد الشخص الآخر الآن، مثلًا العائلة أو الجيران
bring-own-plan = خطتك الخاصة، إن أردت كتابتها
bring-own-plan-helper = خطة الشخص الآخر الخاصة، إن أراد كتابتها
bring-what-cannot = ما لم تعد تستطيع فعله في البيت أو خارجه
bring-what-cannot-helper = ما لم يعد الشخص الآخر يستطيع فعله في البيت أو خارجه
bring-medical-info = رسائل من طبيبك، إن كانت لديك
bring-medical-info-helper = رسائل من الطبيب، إن كانت لدى الشخص الآخر
bring-landlord = هل بيتك مستأجر؟ اسم صاحب البيت ورقم هاتفه
bring-landlord-helper = هل بيت الشخص الآخر مستأجر؟ اسم صاحب البيت ورقم هاتفه
bring-photos = قياسات أو صور لبيتك، إن كانت لديك
bring-photos-helper = قياسات أو صور للبيت، إن وُجدت
bring-what-worries = ما يقلقك، ومنذ متى
bring-what-worries-helper = ما يثير القلق، ومنذ متى
bring-school-doctor = أسماء المدرسة وطبيب العائلة أو طبيب الأطفال والشباب (jeugdarts)
bring-earlier-reports = تقارير أو رسائل سابقة، إن كانت لديك
bring-earlier-reports-helper = تقارير أو رسائل سابقة، إن وُجدت
bring-care-tasks = كل ما تقوم به من رعاية، وكم ساعة في الأسبوع
bring-care-tasks-helper = كل ما يقوم به الشخص الآخر من رعاية، وكم ساعة في الأسبوع
bring-who-else-helps = من يساعد أيضًا
bring-what-you-need = ما تحتاجه أنت: راحة، أو مساعدة عملية، أو شخص تتحدث معه
bring-what-you-need-helper = ما يحتاجه الشخص الآخر: راحة، أو مساعدة عملية، أو شخص يتحدث معه
bring-nothing-needed = لا تحتاج إلى إحضار أي شيء.
bring-nothing-needed-helper = لا حاجة إلى إحضار أي شيء.
bring-the-letter = الرسالة مع الظرف. التاريخ مكتوب عليه.
bring-earlier-letters = رسائل سابقة عن الموضوع نفسه
bring-what-you-notice = ما تلاحظه، ومنذ متى
bring-what-you-notice-helper = ما تلاحظانه، ومنذ متى
bring-what-you-saw = ما رأيته، وأين، ومنذ متى
bring-what-you-saw-helper = ما حدث، وأين، ومنذ متى
bring-letters-you-have = الرسائل الموجودة لديك
bring-letters-you-have-helper = الرسائل الموجودة لدى الشخص الآخر
bring-worries-list = قائمة قصيرة بما يقلقك أكثر
bring-worries-list-helper = قائمة قصيرة بما يثير القلق أكثر


## Services: one short line per service

service-gemeente-contact = لكل أسئلتك إلى البلدية. يبحثون معك عمّن يستطيع مساعدتك.
service-gemeente-contact-helper = لكل الأسئلة إلى البلدية. يبحثون عمّن يستطيع مساعدة الشخص الآخر.
service-wmo-loket = هنا تطلب المساعدة في البيت، أو تعديلًا في البيت، أو المواصلات.
service-wmo-loket-helper = هنا يطلب الشخص الآخر المساعدة في البيت، أو تعديلًا في البيت، أو المواصلات.
service-wijkteams = فرق الأحياء الاجتماعية تساعد عندما تحدث أمور كثيرة في وقت واحد. هذا الرقم لكل الأحياء.
service-wijkteam-noord = الفريق لحي Noord. شخص واحد للتواصل في كل أسئلتك.
service-wijkteam-noord-helper = الفريق لحي Noord. شخص واحد للتواصل في كل الأسئلة.
service-wijkteam-centrum = الفريق لحي Centrum. شخص واحد للتواصل في كل أسئلتك.
service-wijkteam-centrum-helper = الفريق لحي Centrum. شخص واحد للتواصل في كل الأسئلة.
service-wijkteam-zuid = الفريق لحي Zuid. شخص واحد للتواصل في كل أسئلتك.
service-wijkteam-zuid-helper = الفريق لحي Zuid. شخص واحد للتواصل في كل الأسئلة.
service-jeugd-gezin = لأسئلة عن التربية ونمو الأطفال، من الحمل حتى سن 23 سنة.
service-werk-inkomen = للإعانة الاجتماعية (bijstand)، والمساعدة في التكاليف العالية، والمساعدة في البحث عن عمل.
service-schuldhulp = تساعدك في الديون والفواتير. تحصل على شخص ثابت للتواصل.
service-schuldhulp-helper = تساعد الشخص الآخر في الديون والفواتير. يحصل على شخص ثابت للتواصل.
# REVIEW(ar): Dutch says "hij of zij" (he or she); the Arabic uses the generic masculine (يرافقك).
service-clientondersteuning = شخص يقف إلى جانبك أنت فقط. يرافقك إلى اللقاءات ويساعدك في الرسائل. هذا مجاني.
service-clientondersteuning-helper = شخص يقف إلى جانب الشخص الآخر فقط. يرافقه إلى اللقاءات ويساعد في الرسائل. هذا مجاني.
service-mantelzorg-steunpunt = لمقدّمي الرعاية: نصيحة، وقليل من الراحة، وتواصل مع آخرين.
service-welzijn = مراكز الحي، وأنشطة، ورفيق، ومساعدة في الاستمارات.
service-schuldhulpmaatje = متطوع يساعدك في أمور المال والأوراق.
service-schuldhulpmaatje-helper = متطوع يساعد الشخص الآخر في أمور المال والأوراق.
service-voedselbank = طعام عندما لا يكون لديك مال للمشتريات لفترة.
service-voedselbank-helper = طعام عندما لا يكون لدى الشخص الآخر مال للمشتريات لفترة.
service-vrijwilligerscentrale = عمل تطوعي، أو رفيق، أو نقل بمساعدة متطوعين.
service-sociaal-raadslieden = مساعدة مجانية في الرسائل والبدلات (toeslagen) والضرائب والاعتراض.
service-huisarts = طبيب العائلة الخاص بك. على thuisarts.nl (باللغة الهولندية) تقرأ المزيد عن صحتك.
service-huisarts-helper = طبيب العائلة الخاص بالشخص الآخر. على thuisarts.nl (باللغة الهولندية) تقرأ المزيد عن الصحة.
service-huisartsenpost = رعاية عاجلة في المساء والليل وعطلة نهاية الأسبوع. اتصل دائمًا أولًا.
service-alarm-112 = عند الخطر المباشر: الشرطة أو الإسعاف أو الإطفاء.
service-zelfmoordpreventie-113 = هل تفكر في الانتحار؟ تحدّث عن ذلك، ليلًا ونهارًا. مجانًا ودون ذكر اسمك.
service-zelfmoordpreventie-113-helper = هل يفكر الشخص الآخر في الانتحار؟ تحدّثوا عن ذلك، ليلًا ونهارًا. أيضًا إذا كنت قلقًا. مجانًا ودون ذكر الاسم.
service-veilig-thuis = عند العنف أو سوء المعاملة في البيت. للنصيحة أو للإبلاغ، ليلًا ونهارًا.
service-kindertelefoon = للأطفال والشباب من 8 إلى 18 سنة. بالهاتف أو بالدردشة.
service-geldfit = مساعدة في هموم المال. يكفي أن تذكر رمزك البريدي.
service-geldfit-helper = مساعدة في هموم المال. يكفي ذكر الرمز البريدي.
service-luisterlijn = شخص يستمع إليك، ليلًا ونهارًا.
service-luisterlijn-helper = شخص يستمع، ليلًا ونهارًا. للشخص الآخر ولك أيضًا.
service-mantelzorglijn = لأسئلة مقدّمي الرعاية، في أيام العمل.
service-meldpunt-zorgwekkend-gedrag = هل تشعر بالقلق على شخص ما، لكن الأمر ليس عاجلًا؟ اتصل بنقطة الإبلاغ هذه.
service-juridisch-loket = نصيحة عن حقوقك، مثلًا في الإيجار أو الفصل من العمل أو قرار ما.
service-juridisch-loket-helper = نصيحة عن الحقوق، مثلًا في الإيجار أو الفصل من العمل أو قرار ما.
service-cak = أسئلة عن المبلغ الذي تدفعه بنفسك مقابل مساعدة البلدية (eigen bijdrage).
service-cak-helper = أسئلة عن المبلغ الذي يدفعه الشخص الآخر مقابل مساعدة البلدية (eigen bijdrage).
service-uwv = لإعانة البطالة (WW)، والمرض، وعدم القدرة على العمل. تسجّل عبر werk.nl.
service-uwv-helper = لإعانة البطالة (WW)، والمرض، وعدم القدرة على العمل. يسجّل الشخص الآخر عبر werk.nl.
service-ciz = لمن يحتاج دائمًا إلى رعاية قريبة، مثلًا في دار رعاية.


## الشباب (تحت 18 سنة)

# REVIEW(ar): نصوص جديدة (مسارات الشباب، خارج البلدية، أمور كثيرة وعاجلة)، machine-assisted.
question-young = هل عمرك أقل من 18 سنة؟
    .hint = نسأل هذا فقط لأن هناك مساعدة مختلفة للشباب.
    .why = للشباب تحت 18 سنة هناك مساعدة تناسبك. لا داعي أن تسأل والديك أولًا.
question-young-helper = هل عمر الشخص الآخر أقل من 18 سنة؟
    .hint = نسأل هذا فقط لأن هناك مساعدة مختلفة للشباب.
    .why = للشباب تحت 18 سنة هناك مساعدة مناسبة. لا داعي أن يسأل الشاب والديه أولًا.

outcome-young-carer = هناك مساعدة للشباب الذين يعتنون بأحد في البيت
    .why = هل تعتني في البيت بأبيك أو أمك أو أخيك أو أختك؟ إذن أنت مقدّم رعاية شاب (jonge mantelzorger). يحق لك أيضًا طلب المساعدة.
    .helper = اسأل كيف حال الشاب نفسه. المدرسة والأصدقاء مهمون أيضًا.
outcome-young-carer-helper = هناك مساعدة للشباب الذين يعتنون بأحد في البيت
    .why = هل يعتني الشاب في البيت بأبيه أو أمه أو أخيه أو أخته؟ إذن هو مقدّم رعاية شاب (jonge mantelzorger). يحق له أيضًا طلب المساعدة.
outcome-young-worries = تحدّث عن ذلك مع شخص ما
    .why = هل أنت قلق بشأن ما يحدث في البيت؟ لا داعي أن تحل ذلك وحدك. هناك أناس يستمعون إليك.
    .helper = دع الشاب يختار بنفسه مع من يتحدث.
outcome-young-worries-helper = تحدّثا عن ذلك مع شخص ما
    .why = هل الشاب قلق بشأن ما يحدث في البيت؟ لا داعي أن يحل ذلك وحده. هناك أناس يستمعون.
outcome-young-money = هناك مساعدة في هموم المال للشباب
    .why = هموم المال ثقيلة، حتى عندما تكون شابًا. العمل الشبابي (jongerenwerk) يساعدك مجانًا.
    .helper = انظرا معًا إلى الرسائل. لا تحاولا حل كل شيء وحدكما.
outcome-young-money-helper = هناك مساعدة في هموم المال للشباب
    .why = هموم المال ثقيلة، حتى على الشباب. العمل الشبابي (jongerenwerk) يساعد الشاب مجانًا.

step-young-carer-contact = اتصل أو راسل مركز دعم مقدّمي الرعاية (steunpunt mantelzorg). قل إن عمرك أقل من 18 سنة. لديهم شخص للشباب.
step-young-carer-contact-helper = اتصل أو راسل مركز دعم مقدّمي الرعاية (steunpunt mantelzorg). قل إن عمر الشاب أقل من 18 سنة. لديهم شخص للشباب.
step-young-talk-now = هل تريد أن تتحدث مع شخص الآن؟ اتصل أو اكتب في الدردشة مع Kindertelefoon مجانًا. لا داعي لذكر اسمك.
step-young-talk-now-helper = هل يريد الشاب أن يتحدث مع شخص الآن؟ الاتصال أو الدردشة مع Kindertelefoon مجاني. لا داعي لذكر الاسم.
step-young-own-choice = أنت تختار بنفسك إن كنت ستخبر والديك بأنك تطلب المساعدة.
step-young-own-choice-helper = الشاب يختار بنفسه إن كان سيخبر والديه عن المساعدة.
step-young-school = يمكنك أيضًا أن تخبر شخصًا في المدرسة، مثل مرشدك.
step-young-school-helper = يمكن للشاب أيضًا أن يخبر شخصًا في المدرسة، مثل مرشده.
step-young-not-alone = كثير من الشباب يساعدون في الرعاية في البيت. لست الوحيد.
step-young-not-alone-helper = كثير من الشباب يساعدون في الرعاية في البيت. هذا الشاب ليس الوحيد.
step-young-cjg = مركز Centrum voor Jeugd en Gezin (CJG) يساعد الشباب والعائلات. يمكنك الاتصال بنفسك.
step-young-cjg-helper = مركز Centrum voor Jeugd en Gezin (CJG) يساعد الشباب والعائلات. يمكن للشاب أيضًا الاتصال بنفسه.
step-young-unsafe-home = البيت غير آمن؟ اتصل بـ Veilig Thuis: 0800-2000. هذا مسموح حتى لو كنت صغير السن.
step-young-unsafe-home-helper = البيت غير آمن؟ اتصل بـ Veilig Thuis: 0800-2000. يمكن للشاب أيضًا الاتصال بنفسه.
step-young-money-talk = تحدّث عن هموم المال مع شخص تثق به.
step-young-money-talk-helper = يمكن للشاب أن يتحدث عن هموم المال مع شخص يثق به.
step-young-money-jongerenwerk = العمل الشبابي (jongerenwerk) يساعدك مجانًا في المال والرسائل.
step-young-money-jongerenwerk-helper = العمل الشبابي (jongerenwerk) يساعد الشاب مجانًا في المال والرسائل.
step-young-money-geldfit = يمكنك أيضًا الاتصال بـ Geldfit دون ذكر اسمك.

service-jongerenwerk = للشباب: مكان للحديث، وأنشطة، ومساعدة في المال والأوراق.


## رمز بريدي خارج البلدية

outcome-outside-gemeente = أنت لا تسكن في هذه البلدية
    .why = رمزك البريدي لا يتبع لهذه البلدية. بلديتك تساعدك. خطوط المساعدة الوطنية تساعدك في كل مكان.
outcome-outside-gemeente-helper = الشخص الآخر لا يسكن في هذه البلدية
    .why = الرمز البريدي لا يتبع لهذه البلدية. بلدية الشخص الآخر تساعد. خطوط المساعدة الوطنية تساعد في كل مكان.
step-outside-not-here = المساعدة على هذا الموقع فقط لسكان هذه البلدية.
step-outside-call-14 = اتصل ببلديتك: 14 ثم رمز منطقة مدينتك. مثلًا 14 020 في أمستردام.
step-outside-call-14-helper = اتصل ببلدية الشخص الآخر: 14 ثم رمز منطقة مدينته. مثلًا 14 020 في أمستردام.
step-outside-find = لا تعرف إلى أي بلدية تتبع؟ ابحث عن رمزك البريدي على overheid.nl.
step-outside-find-helper = لا تعرف إلى أي بلدية يتبع الشخص الآخر؟ ابحث عن الرمز البريدي على overheid.nl.
step-outside-national = خطوط المساعدة أدناه تساعدك أينما كنت تسكن.
step-outside-national-helper = خطوط المساعدة أدناه تساعد أينما كان الشخص الآخر يسكن.

service-eigen-gemeente = ابحث برمزك البريدي عن البلدية التي تتبع لها.
service-eigen-gemeente-helper = ابحث بالرمز البريدي عن البلدية التي يتبع لها الشخص الآخر.


## أمور كثيرة في وقت واحد، والأمر عاجل

outcome-several-problems-urgent = فريق واحد يساعدك في كل شيء. الأمر عاجل.
    .why = هل تحدث أمور كثيرة في وقت واحد، وهناك خطر على بيتك أو مالك؟ عندها يساعدك فريق الحي الاجتماعي (sociaal wijkteam) بسرعة.
    .helper = قولا فورًا ما هو الخطر. خذا الرسائل معكما.
outcome-several-problems-urgent-helper = فريق واحد يساعد الشخص الآخر في كل شيء. الأمر عاجل.
    .why = هل تحدث أمور كثيرة في وقت واحد، وهناك خطر على بيت الشخص الآخر أو ماله؟ عندها يساعد فريق الحي الاجتماعي (sociaal wijkteam) بسرعة.
step-several-say-urgent = اتصل اليوم. قل فورًا ما هو الخطر، مثل الاضطرار إلى ترك البيت أو قطع الخدمات.
step-several-say-urgent-helper = اتصل اليوم. قل فورًا ما هو الخطر على الشخص الآخر، مثل الاضطرار إلى ترك البيت أو قطع الخدمات.


# REVIEW(ar): machine-assisted; check with a native speaker
question-danger-now = هل البيت غير آمن الآن، لك أو لطفل؟
    .hint = مثلاً: شخص يضربك أو يهددك أو يؤذيك.
    .why = نسأل هذا كل من لديه أشياء كثيرة في وقت واحد. هل الوضع غير آمن؟ سنريك المساعدة المناسبة فوراً.
question-danger-now-helper = هل البيت غير آمن الآن، للشخص الآخر أو لطفل؟
    .hint = مثلاً: شخص يضرب الشخص الآخر أو يهدده أو يؤذيه.


## Glossary: hard words explained where a resident first meets them
# glossary-<term> = <word>: <explanation>. Before the colon: the word as it appears in THIS
# language's texts (another form of it gets an entry of its own). The widget puts the explanation in brackets
# after the first use on a screen. Short, plain, no "you" (so it fits every form), no other hard
# words. A Dutch term already in brackets after the plain words, "(toeslagen)", counts as explained.
# REVIEW(ar): the explanations are new; please check them.

glossary-wmo = Wmo: القانون الذي ينظّم المساعدة لكي يبقى الشخص في بيته
glossary-uwv = UWV: الهيئة الوطنية للعمل والإعانات
glossary-ww = WW: مال لفترة من الوقت بعد فقدان العمل
glossary-cak = CAK: الهيئة التي ترسل فاتورة المساعدة من البلدية
glossary-ciz = CIZ: الهيئة التي تقرّر إن كان الشخص يحتاج دائمًا إلى رعاية قريبة
glossary-dagbesteding = dagbesteding: أنشطة في النهار مع آخرين، مع مرافقة
glossary-bijzondere-bijstand = bijzondere bijstand: مال إضافي من البلدية للتكاليف العالية
glossary-toeslagen = toeslagen: مال من الحكومة للإيجار أو التأمين الصحي أو الأطفال
glossary-ergotherapeut = ergotherapeut: شخص يساعد على القيام بالأعمال اليومية مرة أخرى دون مساعدة
glossary-ervaringsdeskundige = ervaringsdeskundige: شخص مرّ بالتجربة نفسها
