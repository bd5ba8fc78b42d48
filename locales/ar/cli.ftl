# The "escale" command line: help (cli-about-<command>, cli-arg-<command>-<option>) and messages.
# Commands, flags, codes and environment variables stay in Latin letters, as typed.

cli-about-escale = Escale في سطر الأوامر: نفس البيانات المشفّرة التي يستعملها التطبيق، للإدارة وللسكربتات.
cli-arg-escale-data_dir = مجلد البيانات (افتراضيًا مجلد التطبيق؛ المتغير ESCALE_DATA_DIR).
cli-arg-escale-lang = لغة الرسائل (fr افتراضيًا؛ المتغير ESCALE_LANG).
cli-arg-escale-json = النتيجة بصيغة JSON، للسكربتات.

cli-about-escale-init = ينشئ قاعدة البيانات المشفّرة ويعرض مفتاح الاستعادة الخاص بها. يُحفظ المفتاح في خزنة مفاتيح النظام؛ وإذا لم توجد خزنة، تحميه عبارة سرية (تُكتب، أو المتغير ESCALE_PASSPHRASE).
cli-arg-escale-init-passphrase = حماية قاعدة البيانات بعبارة سرية بدلًا من خزنة المفاتيح.
cli-arg-escale-init-json = النتيجة بصيغة JSON.

cli-about-escale-recover = يعيد فتح قاعدة البيانات بمفتاح الاستعادة (حاسوب جديد، خزنة مفاتيح ممسوحة، إعدادات مفتاح ضائعة، عبارة سرية منسية)، ثم يحمي المفتاح من جديد. يُكتب المفتاح، أو المتغير ESCALE_RECOVERY_KEY.
cli-arg-escale-recover-passphrase = حماية المفتاح بعد ذلك بعبارة سرية جديدة (تُكتب، أو المتغير ESCALE_NEW_PASSPHRASE) بدلًا من خزنة المفاتيح.
cli-about-escale-recovery-sheet = يكتب ورقة الاستعادة (صفحة للطباعة ثم للحفظ في مكان مقفل).
cli-arg-escale-recovery-sheet-out = الملف المراد كتابته (صفحة HTML).
cli-about-escale-key = حماية مفتاح قاعدة البيانات.
cli-about-escale-key-protect = يضع المفتاح في خزنة مفاتيح النظام أو تحت عبارة سرية (جديدة). لا يُعاد تشفير البيانات.
cli-arg-escale-key-protect-keyring = الاحتفاظ بالمفتاح في خزنة مفاتيح النظام.
cli-arg-escale-key-protect-passphrase = حماية المفتاح بعبارة سرية جديدة (تُكتب، أو المتغير ESCALE_NEW_PASSPHRASE).
cli-prompt-recovery-key = مفتاح الاستعادة (14 مجموعة، 4 رموز في كل مجموعة):
cli-recovery-key-intro = هذا هو مفتاح الاستعادة. هو وحده يعيد فتح البيانات إذا ضاع الحاسوب أو خزنة المفاتيح أو العبارة السرية:
cli-recovery-key-sheet = يُرجى طباعة ورقة الاستعادة («escale recovery-sheet --out fiche.html») وحفظها في مكان مقفل، بعيدًا عن الحاسوب.
cli-recovered-keyring = أُعيد فتح قاعدة البيانات بمفتاح الاستعادة. مفتاحها موجود الآن في خزنة مفاتيح النظام.
cli-recovered-passphrase = أُعيد فتح قاعدة البيانات بمفتاح الاستعادة. وهي الآن محمية بعبارتك السرية الجديدة.
cli-recovery-sheet-written = كُتبت ورقة الاستعادة في { $path }. يُرجى طباعتها وحفظها في مكان مقفل، ثم حذف هذا الملف.
cli-key-moved-to-keyring = المفتاح موجود الآن في خزنة مفاتيح النظام. لم تتغير البيانات.
cli-key-moved-to-passphrase = المفتاح الآن محمي بالعبارة السرية الجديدة. لم تتغير البيانات.
cli-file-not-written = تعذّرت كتابة الملف { $path }. لم يُكتب أي شيء.
cli-use-recover = لإعادة فتح بياناتك: escale recover.

cli-about-escale-backup = النسخ الاحتياطية المشفّرة: إنشاء، تحقّق، استرجاع.
cli-about-escale-backup-create = يكتب نسخة احتياطية مشفّرة من كل قاعدة البيانات في مجلد (ذاكرة USB). يحمل اسم الملف التاريخ، ولا شيء شخصي؛ ويُفتح بمفتاح الاستعادة أو، إذا كانت قاعدة البيانات محمية بعبارة سرية، بالعبارة السرية المستعملة في ذلك اليوم.
cli-arg-escale-backup-create-to = المجلد الذي تُكتب فيه النسخة الاحتياطية (مثلًا ذاكرة USB).
cli-arg-escale-backup-create-json = النتيجة بصيغة JSON.
cli-about-escale-backup-verify = يتحقق من نسخة احتياطية: بنيتها ومجموع التحقق الخاص بها، ثم محتواها الذي يفتحه Escale ويعدّه، بمفتاح الاستعادة (ESCALE_RECOVERY_KEY) أو بالعبارة السرية (ESCALE_PASSPHRASE).
cli-arg-escale-backup-verify-file = ملف النسخة الاحتياطية (.escale-backup).
cli-arg-escale-backup-verify-without_secret = فقط عمليات التحقق التي لا تحتاج إلى أي سرّ.
cli-arg-escale-backup-verify-json = النتيجة بصيغة JSON.
cli-about-escale-backup-restore = يسترجع نسخة احتياطية في مجلد البيانات (حاسوب جديد)، بعد التحقق منها بالكامل. مفتاح الاستعادة (ESCALE_RECOVERY_KEY) أو العبارة السرية للنسخة الاحتياطية (ESCALE_PASSPHRASE)، وإلا تُكتب.
cli-arg-escale-backup-restore-file = ملف النسخة الاحتياطية (.escale-backup).
cli-arg-escale-backup-restore-replace = استبدال قاعدة البيانات الموجودة: توضع جانبًا في مجلد البيانات، ولا تُحذف أبدًا.
cli-arg-escale-backup-restore-passphrase = حماية المفتاح المسترجَع بعبارة سرية (ESCALE_NEW_PASSPHRASE، أو عبارة النسخة الاحتياطية) بدلًا من خزنة المفاتيح.
cli-arg-escale-backup-restore-json = النتيجة بصيغة JSON.
cli-prompt-backup-passphrase = العبارة السرية لقاعدة البيانات وقت إنشاء النسخة الاحتياطية:
cli-backup-progress = النسخ الاحتياطي
cli-restore-progress = الاسترجاع
cli-demo-progress = البيانات التجريبية
cli-deriving-key = فتح قاعدة البيانات المشفّرة (اشتقاق المفتاح)…
cli-backup-written = تمت كتابة النسخة الاحتياطية والتحقق منها: { $path } ({ $size }).
cli-backup-verified = النسخة الاحتياطية سليمة، أُنشئت في { $made }: { $people ->
    [zero] { $people } شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}، { $activities ->
    [zero] { $activities } نشاط
    [one] نشاط واحد
    [two] نشاطان
    [few] { $activities } أنشطة
    [many] { $activities } نشاطًا
   *[other] { $activities } نشاط
}، { $procedures ->
    [zero] { $procedures } إجراء
    [one] إجراء واحد
    [two] إجراءان
    [few] { $procedures } إجراءات
    [many] { $procedures } إجراءً
   *[other] { $procedures } إجراء
}.
cli-backup-structure-verified = نسخة احتياطية أُنشئت في { $made }: البنية ومجموع التحقق سليمان. لم يتم التحقق من محتواها (يلزم مفتاح الاستعادة أو العبارة السرية).
cli-backup-restored = تم استرجاع النسخة الاحتياطية المؤرخة في { $made }: { $people ->
    [zero] { $people } شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}، { $activities ->
    [zero] { $activities } نشاط
    [one] نشاط واحد
    [two] نشاطان
    [few] { $activities } أنشطة
    [many] { $activities } نشاطًا
   *[other] { $activities } نشاط
}، { $procedures ->
    [zero] { $procedures } إجراء
    [one] إجراء واحد
    [two] إجراءان
    [few] { $procedures } إجراءات
    [many] { $procedures } إجراءً
   *[other] { $procedures } إجراء
}.
cli-backup-set-aside = البيانات السابقة سليمة، وقد وُضعت جانبًا في { $path }.
cli-backup-secret-needed = يلزم مفتاح الاستعادة (ESCALE_RECOVERY_KEY) أو العبارة السرية للنسخة الاحتياطية (ESCALE_PASSPHRASE). لم يتم تغيير أي شيء.

cli-about-escale-demo = يضيف بيانات تجريبية واقعية.
cli-arg-escale-demo-people = عدد الأشخاص المراد إنشاؤهم.
cli-arg-escale-demo-json = النتيجة بصيغة JSON.

cli-about-escale-beneficiary = الأشخاص المستفيدون: إضافة، عرض القائمة، بحث، عرض الملف.
cli-about-escale-beneficiary-add = يضيف شخصًا.
cli-arg-escale-beneficiary-add-first_name = الاسم الشخصي.
cli-arg-escale-beneficiary-add-last_name = اسم العائلة.
cli-arg-escale-beneficiary-add-latin_first_name = الاسم الشخصي بالحروف اللاتينية، كما في الوثائق الفرنسية، عندما يكون الاسم الشخصي مكتوبًا بحروف أخرى.
cli-arg-escale-beneficiary-add-latin_last_name = اسم العائلة بالحروف اللاتينية، كما في الوثائق الفرنسية، عندما يكون اسم العائلة مكتوبًا بحروف أخرى.
cli-arg-escale-beneficiary-add-anonymous = شخص مجهول الهوية (بدون اسم، للإحصائيات).
cli-arg-escale-beneficiary-add-accompanied_before = سبقت مرافقته من قبل (في مكان آخر أو قبل Escale): لا تُعدّ أي جلسة مرافقة له هنا الأولى.
cli-arg-escale-beneficiary-add-birth_year = سنة الميلاد (تُحسب منها الفئة العمرية).
cli-arg-escale-beneficiary-add-gender = الجنس: masculin أو feminin أو non_communique.
cli-arg-escale-beneficiary-add-social_status = الوضع الاجتماعي: scolarise، sans_emploi، en_emploi، retraite أو non_communique.
cli-arg-escale-beneficiary-add-insee = رمز INSEE للبلدية.
cli-arg-escale-beneficiary-add-postal_code = الرمز البريدي (يُستنتج من رمز INSEE إذا لم يُعطَ).
cli-arg-escale-beneficiary-add-commune = اسم البلدية (يُستنتج من رمز INSEE إذا لم يُعطَ).
cli-arg-escale-beneficiary-add-phone = الهاتف.
cli-arg-escale-beneficiary-add-email = عنوان البريد الإلكتروني.
cli-arg-escale-beneficiary-add-languages = لغة يتكلمها الشخص (رمز من حرفين أو 3 أحرف؛ خيار يمكن تكراره).
cli-arg-escale-beneficiary-add-document_language = لغة الوثائق المسلَّمة (fr، en، ar، fa، ps، ti، uk، ru، ro، tr، es، pt).
cli-arg-escale-beneficiary-add-notes = ملاحظات.
cli-arg-escale-beneficiary-add-json = النتيجة بصيغة JSON.
cli-about-escale-beneficiary-list = يعرض قائمة الأشخاص بالترتيب الأبجدي.
cli-arg-escale-beneficiary-list-limit = الحد الأقصى لعدد الأسطر.
cli-arg-escale-beneficiary-list-json = النتيجة بصيغة JSON.
cli-about-escale-beneficiary-search = يبحث بأي جزء من الاسم، دون اعتبار للعلامات فوق الحروف (accents) ولا للحروف الكبيرة.
cli-arg-escale-beneficiary-search-query = بداية الاسم الشخصي و/أو اسم العائلة.
cli-arg-escale-beneficiary-search-limit = الحد الأقصى لعدد الأسطر.
cli-arg-escale-beneficiary-search-json = النتيجة بصيغة JSON.
cli-about-escale-beneficiary-show = يعرض ملف شخص، وجلسات المرافقة والإجراءات الخاصة به.
cli-arg-escale-beneficiary-show-id = معرّف الشخص.
cli-arg-escale-beneficiary-show-json = النتيجة بصيغة JSON.

cli-about-escale-activity = جلسات المرافقة والورشات: تسجيل، عرض القائمة.
cli-about-escale-activity-add = يسجّل جلسة مرافقة فردية أو ورشة جماعية.
cli-arg-escale-activity-add-beneficiaries = معرّف شخص مستفيد (يمكن تكراره في حالة الورشة).
cli-arg-escale-activity-add-kind = النوع: individuel أو collectif.
cli-arg-escale-activity-add-date = التاريخ (YYYY-MM-DD؛ اليوم افتراضيًا).
cli-arg-escale-activity-add-duration = المدة بالدقائق.
cli-arg-escale-activity-add-place_type = القناة: lieu_activite، domicile، a_distance أو autre.
cli-arg-escale-activity-add-place = معرّف مكان النشاط (في حالة lieu_activite).
cli-arg-escale-activity-add-insee = رمز INSEE للبلدية (في حالة domicile أو autre).
cli-arg-escale-activity-add-postal_code = الرمز البريدي.
cli-arg-escale-activity-add-commune = اسم البلدية.
cli-arg-escale-activity-add-themes = الموضوع (الرمز الوطني؛ يمكن تكراره).
cli-arg-escale-activity-add-equipment = الجهاز المستعمل (يمكن تكراره).
cli-arg-escale-activity-add-autonomy = الاستقلالية: entierement_accompagne، partiellement_autonome أو autonome.
cli-arg-escale-activity-add-orientation = الجهة التي وُجِّه إليها الشخص.
cli-arg-escale-activity-add-procedure_name = اسم الإجراء الإداري.
cli-arg-escale-activity-add-workshop_title = عنوان الورشة.
cli-arg-escale-activity-add-workshop_level = مستوى الورشة: debutant، intermediaire أو avance.
cli-arg-escale-activity-add-anonymous_total = عدد المشاركين المجهولي الهوية (في الورشة).
cli-arg-escale-activity-add-notes = ملاحظات.
cli-arg-escale-activity-add-next_steps = الخطوات القادمة.
cli-arg-escale-activity-add-json = النتيجة بصيغة JSON.
cli-about-escale-activity-defaults = ما يقترحه التسجيل الجديد أولًا: مكان اليوم، والمواضيع والمدد الأكثر استعمالًا مؤخرًا.
cli-arg-escale-activity-defaults-kind = النوع: individuel أو collectif.
cli-arg-escale-activity-defaults-json = النتيجة بصيغة JSON.
cli-defaults-place = المكان المقترح: { $place }
cli-defaults-place-of-day = { $place } (يوم { $date })
cli-defaults-themes = المواضيع، الأكثر استعمالًا أولًا: { $themes }
cli-defaults-durations = المدد، الأكثر استعمالًا أولًا: { $durations }
cli-about-escale-activity-list = يعرض قائمة الأنشطة، الأحدث أولًا.
cli-arg-escale-activity-list-from = ابتداءً من هذا التاريخ (YYYY-MM-DD).
cli-arg-escale-activity-list-to = حتى هذا التاريخ (YYYY-MM-DD).
cli-arg-escale-activity-list-beneficiary = فقط أنشطة هذا الشخص.
cli-arg-escale-activity-list-limit = الحد الأقصى لعدد الأسطر.
cli-arg-escale-activity-list-json = النتيجة بصيغة JSON.

cli-about-escale-procedure = الإجراءات الإدارية المتابَعة: بدء، تغيير الحالة، تحديد حالة الوثائق، إعادة الفتح، عرض القائمة.
cli-about-escale-procedure-start = يبدأ متابعة إجراء من الفهرس، مع قائمة الوثائق الخاصة به.
cli-arg-escale-procedure-start-beneficiary = معرّف الشخص.
cli-arg-escale-procedure-start-kind = إجراء من الفهرس (مثلًا caf_rsa، anef_renouvellement_titre_sejour؛ انظر escale catalogue list).
cli-arg-escale-procedure-start-status = حالة البداية (acceptee لمتابعة تجديد حق تم الحصول عليه من قبل).
cli-arg-escale-procedure-start-on = يوم حالة البداية (YYYY-MM-DD)، اليوم افتراضيًا.
cli-arg-escale-procedure-start-reference = رقم الملف.
cli-arg-escale-procedure-start-deadline = الموعد النهائي (YYYY-MM-DD).
cli-arg-escale-procedure-start-call_back = يوم معاودة الاتصال بالشخص (YYYY-MM-DD).
cli-arg-escale-procedure-start-notes = ملاحظات.
cli-arg-escale-procedure-start-json = النتيجة بصيغة JSON.
cli-about-escale-procedure-status = يغيّر حالة إجراء، إذا كان جدول الانتقالات يسمح بذلك (تبقى الحالة القديمة في السجلّ).
cli-arg-escale-procedure-status-id = معرّف الإجراء.
cli-arg-escale-procedure-status-status = الحالة الجديدة: a_faire، en_attente_de_pieces، deposee، en_instruction، acceptee، refusee أو abandonnee.
cli-arg-escale-procedure-status-note = ملاحظة حول هذا التغيير.
cli-arg-escale-procedure-status-on = يوم التغيير (YYYY-MM-DD)، اليوم افتراضيًا.
cli-arg-escale-procedure-status-json = النتيجة بصيغة JSON.
cli-about-escale-procedure-reopen = يعيد فتح إجراء مغلق (مقبول أو مرفوض أو متروك)، مع ملاحظة تشرح السبب.
cli-arg-escale-procedure-reopen-id = معرّف الإجراء.
cli-arg-escale-procedure-reopen-note = سبب إعادة فتح الإجراء (إجباري).
cli-arg-escale-procedure-reopen-status = الحالة بعد إعادة الفتح.
cli-arg-escale-procedure-reopen-on = يوم إعادة الفتح (YYYY-MM-DD)، اليوم افتراضيًا.
cli-arg-escale-procedure-reopen-json = النتيجة بصيغة JSON.
cli-about-escale-procedure-check = يحدد حالة وثيقة في الإجراء: تم إحضارها، أو ناقصة، أو غير ضرورية.
cli-arg-escale-procedure-check-id = معرّف الإجراء.
cli-arg-escale-procedure-check-document = وثيقة من الفهرس (مثلًا rib، avis_imposition).
cli-arg-escale-procedure-check-state = حالة الوثيقة: brought، missing أو not_needed.
cli-arg-escale-procedure-check-json = النتيجة بصيغة JSON.
cli-about-escale-procedure-recurrence-done = يسجّل أن التصريح أو التجديد المنتظر قد تم؛ ويُحسب الموعد التالي.
cli-arg-escale-procedure-recurrence-done-id = معرّف الإجراء.
cli-arg-escale-procedure-recurrence-done-on = يوم القيام به (YYYY-MM-DD)، اليوم افتراضيًا.
cli-arg-escale-procedure-recurrence-done-json = النتيجة بصيغة JSON.
cli-about-escale-procedure-edit = يعدّل رقم الملف أو التواريخ أو الملاحظات الخاصة بإجراء.
cli-arg-escale-procedure-edit-id = معرّف الإجراء.
cli-arg-escale-procedure-edit-reference = رقم الملف.
cli-arg-escale-procedure-edit-deadline = الموعد النهائي (YYYY-MM-DD).
cli-arg-escale-procedure-edit-renewal = تاريخ التجديد القادم أو التصريح القادم (YYYY-MM-DD).
cli-arg-escale-procedure-edit-call_back = يوم معاودة الاتصال بالشخص (YYYY-MM-DD).
cli-arg-escale-procedure-edit-clear = التاريخ المراد مسحه (يمكن تكراره): deadline، renewal أو call-back.
cli-arg-escale-procedure-edit-notes = ملاحظات.
cli-arg-escale-procedure-edit-json = النتيجة بصيغة JSON.
cli-about-escale-procedure-link = يربط جلسة مرافقة خاصة بالشخص بالإجراء.
cli-arg-escale-procedure-link-id = معرّف الإجراء.
cli-arg-escale-procedure-link-activity = معرّف جلسة المرافقة.
cli-arg-escale-procedure-link-unlink = فكّ الربط بدلًا من إنشائه.
cli-arg-escale-procedure-link-json = النتيجة بصيغة JSON.
cli-about-escale-procedure-show = يعرض إجراءً: الحالة، والتواريخ، والوثائق، والسجلّ، وجلسات المرافقة المرتبطة.
cli-arg-escale-procedure-show-id = معرّف الإجراء.
cli-arg-escale-procedure-show-json = النتيجة بصيغة JSON.
cli-about-escale-procedure-list = يعرض قائمة الإجراءات، الأقرب موعدًا نهائيًا أولًا.
cli-arg-escale-procedure-list-beneficiary = فقط إجراءات هذا الشخص.
cli-arg-escale-procedure-list-json = النتيجة بصيغة JSON.
cli-about-escale-catalogue = فهرس الإجراءات: عرض القائمة، إضافة إجراءات المؤسسة، إخفاء الإجراءات غير المستعملة.
cli-about-escale-catalogue-list = يعرض قائمة الإجراءات المقترحة.
cli-arg-escale-catalogue-list-all = مع الإجراءات المخفية والمسحوبة أيضًا.
cli-arg-escale-catalogue-list-json = النتيجة بصيغة JSON.
cli-about-escale-catalogue-add = يضيف إجراءً خاصًا بالمؤسسة.
cli-arg-escale-catalogue-add-label = اسم الإجراء.
cli-arg-escale-catalogue-add-theme = الموضوع الإداري (مثلًا social_sante، logement).
cli-arg-escale-catalogue-add-organisation = الجهة التي تعالج الإجراء، من قائمة الفهرس (مثلًا caf، mairie).
cli-arg-escale-catalogue-add-documents = وثيقة مطلوبة، من الفهرس (يمكن تكرارها).
cli-arg-escale-catalogue-add-delay = المدة المعتادة للرد، بالأيام.
cli-arg-escale-catalogue-add-json = النتيجة بصيغة JSON.
cli-about-escale-catalogue-hide = يخفي إجراءً من الفهرس (تبقى الإجراءات التي بدأت من قبل).
cli-arg-escale-catalogue-hide-id = معرّف الإجراء في الفهرس.
cli-arg-escale-catalogue-hide-json = النتيجة بصيغة JSON.
cli-about-escale-catalogue-show = يعيد اقتراح إجراء مخفي.
cli-arg-escale-catalogue-show-id = معرّف الإجراء في الفهرس.
cli-arg-escale-catalogue-show-json = النتيجة بصيغة JSON.
cli-about-escale-follow-up = للمتابعة: المتأخر، واليوم، وخلال 7 أيام (المواعيد النهائية، التجديدات، التصريحات، الإجراءات المتوقفة، معاودة الاتصال).
cli-arg-escale-follow-up-on = اليوم المعتمد (YYYY-MM-DD)، اليوم الحالي افتراضيًا.
cli-arg-escale-follow-up-count = عدد العناصر فقط.
cli-arg-escale-follow-up-json = النتيجة بصيغة JSON.

cli-about-escale-consent = موافقات شخص: تسجيل، سحب، عرض القائمة.
cli-about-escale-consent-record = يسجّل موافقة شخص.
cli-arg-escale-consent-record-beneficiary = معرّف الشخص.
cli-arg-escale-consent-record-method = طريقة الموافقة: oral أو signed_form (استمارة موقّعة).
cli-arg-escale-consent-record-purposes = الغرض المقبول (يمكن تكراره): file_follow_up، administrative_procedures، contact_reminders أو partner_referral.
cli-arg-escale-consent-record-date = تاريخ الموافقة (YYYY-MM-DD؛ اليوم افتراضيًا).
cli-arg-escale-consent-record-json = النتيجة بصيغة JSON.
cli-about-escale-consent-withdraw = يسجّل سحب موافقة (تبقى الموافقة كدليل).
cli-arg-escale-consent-withdraw-id = معرّف الموافقة.
cli-arg-escale-consent-withdraw-date = تاريخ السحب (YYYY-MM-DD؛ اليوم افتراضيًا).
cli-arg-escale-consent-withdraw-json = النتيجة بصيغة JSON.
cli-about-escale-consent-list = يعرض قائمة موافقات شخص، الأحدث أولًا.
cli-arg-escale-consent-list-beneficiary = معرّف الشخص.
cli-arg-escale-consent-list-json = النتيجة بصيغة JSON.

cli-about-escale-person = حقوق الشخص: نسخة من بياناته، المسح.
cli-about-escale-person-export = يكتب كل ما يحتويه Escale عن شخص: وثيقة مقروءة بلغته، أو JSON.
cli-arg-escale-person-export-id = معرّف الشخص.
cli-arg-escale-person-export-out = الملف المراد كتابته (لا يقرؤه إلا حسابك).
cli-arg-escale-person-export-json = كتابة الملف بصيغة JSON بدلًا من نص مقروء.
cli-about-escale-person-erase = يمسح نهائيًا هوية الشخص وبيانات الاتصال به وملاحظاته؛ وتبقى جلسات المرافقة الخاصة به، مجهولة الهوية، للإحصائيات.
cli-arg-escale-person-erase-id = معرّف الشخص.
cli-arg-escale-person-erase-yes = المسح دون طلب تأكيد (للسكربتات).
cli-arg-escale-person-erase-preview = عرض ما سيُمسح فقط، دون تغيير أي شيء.
cli-arg-escale-person-erase-json = النتيجة بصيغة JSON.

cli-about-escale-retention = مدة الاحتفاظ بالملفات: عرض، تغيير، معاينة، تطبيق.
cli-about-escale-retention-show = يعرض مدة الاحتفاظ.
cli-arg-escale-retention-show-json = النتيجة بصيغة JSON.
cli-about-escale-retention-set = يغيّر مدة الاحتفاظ (من 1 إلى 120 شهرًا بعد آخر جلسة مرافقة).
cli-arg-escale-retention-set-months = عدد الأشهر.
cli-arg-escale-retention-set-json = النتيجة بصيغة JSON.
cli-about-escale-retention-preview = يعرض قائمة الملفات التي ستصبح مجهولة الهوية في تاريخ معيّن، ومنذ متى كان ذلك واجبًا.
cli-arg-escale-retention-preview-on = التاريخ (YYYY-MM-DD؛ اليوم افتراضيًا).
cli-arg-escale-retention-preview-json = النتيجة بصيغة JSON.
cli-about-escale-retention-apply = يجعل الآن الملفات التي تجاوزت مدة الاحتفاظ مجهولة الهوية.
cli-arg-escale-retention-apply-json = النتيجة بصيغة JSON.

cli-about-escale-audit = سجلّ الاطّلاع: من اطّلع على أي ملف أو عدّله، ومتى.
cli-about-escale-audit-list = يعرض السجلّ، الأحدث أولًا.
cli-arg-escale-audit-list-person = فقط ما يخص ملف هذا الشخص.
cli-arg-escale-audit-list-limit = الحد الأقصى لعدد الأسطر.
cli-arg-escale-audit-list-offset = عدد الأسطر التي يتم تخطيها (لقراءة الصفحة التالية).
cli-arg-escale-audit-list-json = النتيجة بصيغة JSON.

cli-prompt-passphrase = العبارة السرية:
cli-prompt-new-passphrase = عبارة سرية جديدة (10 أحرف على الأقل):
cli-prompt-repeat-passphrase = يُرجى إعادة كتابة العبارة السرية:
cli-passphrases-differ = العبارتان السريتان مختلفتان. لم يُنشأ أي شيء.
cli-initialised-keyring = تم إنشاء قاعدة البيانات المشفّرة في { $path }. مفتاحها موجود في خزنة مفاتيح النظام.
cli-initialised-passphrase = تم إنشاء قاعدة البيانات المشفّرة في { $path }. وهي محمية بعبارتك السرية: بدونها تضيع البيانات.
cli-demo-done = أُضيفت بيانات تجريبية: الأشخاص: { $people }، الأنشطة: { $activities } (منها ورشات: { $workshops })، الإجراءات: { $procedures }.
cli-nobody-found = لا يوجد أحد مطابق.
cli-procedure-dates = الملف: { $reference } · الموعد النهائي: { $deadline } · التجديد: { $renewal } · معاودة الاتصال: { $callBack }
cli-procedure-linked-activity = جلسة مرافقة مرتبطة: { $id } ({ $date })
cli-catalogue-hidden = (مخفي)
cli-catalogue-retired = (مسحوب)
cli-follow-up-overdue = متأخرة ({ $count })
cli-follow-up-today = اليوم ({ $count })
cli-follow-up-week = خلال 7 أيام ({ $count })
cli-follow-up-nothing = لا شيء للمتابعة حاليًا.
cli-follow-up-count = للمتابعة — متأخرة: { $overdue }، اليوم: { $today }، خلال 7 أيام: { $week }.
cli-anonymous-person = شخص مجهول الهوية
cli-beneficiary-details = { $birthYear ->
    [none] سنة الميلاد غير معروفة
   *[other] من مواليد { $birthYear } ({ $ageBand })
} · { $gender } · { $commune } · الوثائق باللغة { $documentLanguage }
cli-output-failed = تعذّرت كتابة النتيجة.
cli-consent-withdrawn-on = سُحبت في { $date }
cli-export-written = كُتبت بيانات الشخص في { $path }. هذا الملف غير مشفّر: يُرجى تسليمه للشخص ثم حذفه.
cli-erase-preview-title = مسح الملف { $name } ({ $id }):
cli-erase-preview-fields = سيتم مسح: { $fields }؛
cli-erase-preview-no-fields = لا يوجد أي حقل هوية أو اتصال مملوء؛
cli-erase-preview-texts = سيتم إفراغ: { $accompaniments ->
    [0] لا ملاحظات لجلسات المرافقة
    [zero] لا ملاحظات لجلسات المرافقة
    [one] ملاحظات جلسة مرافقة واحدة
    [two] ملاحظات جلستَي مرافقة
    [few] ملاحظات { $accompaniments } جلسات مرافقة
    [many] ملاحظات { $accompaniments } جلسة مرافقة
   *[other] ملاحظات { $accompaniments } جلسة مرافقة
}، { $procedures ->
    [0] لا أرقام ولا ملاحظات للإجراءات
    [zero] لا أرقام ولا ملاحظات للإجراءات
    [one] رقم إجراء واحد وملاحظاته
    [two] أرقام إجراءين وملاحظاتهما
    [few] أرقام { $procedures } إجراءات وملاحظاتها
    [many] أرقام { $procedures } إجراءً وملاحظاتها
   *[other] أرقام { $procedures } إجراء وملاحظاتها
}، { $statusNotes ->
    [0] لا ملاحظات لتغيير الحالة
    [zero] لا ملاحظات لتغيير الحالة
    [one] ملاحظة واحدة لتغيير الحالة
    [two] ملاحظتان لتغيير الحالة
    [few] { $statusNotes } ملاحظات لتغيير الحالة
    [many] { $statusNotes } ملاحظة لتغيير الحالة
   *[other] { $statusNotes } ملاحظة لتغيير الحالة
}؛
cli-erase-preview-kept = سيبقى، بدون اسم، للإحصائيات: { $accompaniments ->
    [0] لا جلسات مرافقة
    [zero] لا جلسات مرافقة
    [one] جلسة مرافقة واحدة
    [two] جلستا مرافقة
    [few] { $accompaniments } جلسات مرافقة
    [many] { $accompaniments } جلسة مرافقة
   *[other] { $accompaniments } جلسة مرافقة
}، { $procedures ->
    [0] لا إجراءات
    [zero] لا إجراءات
    [one] إجراء واحد (النوع، الحالة، الموعد النهائي)
    [two] إجراءان (النوع، الحالة، الموعد النهائي)
    [few] { $procedures } إجراءات (النوع، الحالة، الموعد النهائي)
    [many] { $procedures } إجراءً (النوع، الحالة، الموعد النهائي)
   *[other] { $procedures } إجراء (النوع، الحالة، الموعد النهائي)
}، { $consents ->
    [0] لا موافقات
    [zero] لا موافقات
    [one] موافقة واحدة
    [two] موافقتان
    [few] { $consents } موافقات
    [many] { $consents } موافقة
   *[other] { $consents } موافقة
}، وكذلك سنة الميلاد والجنس والوضع الاجتماعي والبلدية.
cli-erase-confirm = هذا المسح نهائي. يُرجى كتابة «{ $word }» للتأكيد:
# The word to type to confirm; compared with what is typed, so keep it short and easy to type.
cli-erase-confirm-word = مسح
cli-erase-cancelled = لم يُمسح أي شيء.
cli-erase-needs-confirmation = المسح نهائي، ولم يُمسح أي شيء: يُرجى تشغيل الأمر في طرفية لرؤية ما سيُمسح وتأكيده، أو إضافة --yes.
cli-erase-done = تم مسح الهوية وبيانات الاتصال والملاحظات الخاصة بالملف { $id }.
cli-erase-log-busy = برنامج آخر يقرأ قاعدة البيانات: تبقى نسخ قديمة في سجلّ الكتابة الخاص بها إلى أن يغلقها آخر برنامج.
cli-retention-months = مدة الاحتفاظ: { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
} بعد آخر جلسة مرافقة.
cli-retention-nobody-due = لا يوجد أي ملف يجب جعله مجهول الهوية في هذا التاريخ.
cli-retention-applied = { $anonymised ->
    [0] لم يُجعل أي ملف مجهول الهوية
    [zero] لم يُجعل أي ملف مجهول الهوية
    [one] أصبح ملف واحد مجهول الهوية
    [two] أصبح ملفان مجهولَي الهوية
    [few] أصبحت { $anonymised } ملفات مجهولة الهوية
    [many] أصبح { $anonymised } ملفًا مجهول الهوية
   *[other] أصبح { $anonymised } ملف مجهول الهوية
} (مدة الاحتفاظ بالأشهر: { $months })؛ الأسطر القديمة المحذوفة من السجلّ: { $pruned }.
cli-audit-empty = السجلّ فارغ.
cli-audit-more = هناك أسطر أخرى: --offset { $offset }.

## Several mediators on one computer
cli-arg-escale-mediator = الوسيط الذي تُفتح بياناته، عندما يحتفظ عدة وسطاء ببياناتهم على هذا الحاسوب (انظر «escale mediator list»).
cli-about-escale-mediator = الوسطاء الذين يحتفظون ببياناتهم على هذا الحاسوب، كل واحد في قاعدة بياناته، بعبارته السرية الخاصة.
cli-about-escale-mediator-list = يعرض قائمة الوسطاء على هذا الحاسوب.
cli-arg-escale-mediator-list-json = النتيجة بصيغة JSON.
cli-about-escale-mediator-add = يضيف وسيطًا: قاعدة بيانات جديدة، محمية بعبارته السرية (تُكتب، أو المتغير ESCALE_NEW_PASSPHRASE).
cli-arg-escale-mediator-add-name = الاسم الذي يظهر في قائمة الوسطاء.
cli-arg-escale-mediator-add-json = النتيجة بصيغة JSON.
cli-about-escale-mediator-rename = يغيّر اسم وسيط في القائمة.
cli-arg-escale-mediator-rename-id = معرّف الوسيط (انظر «escale mediator list»).
cli-arg-escale-mediator-rename-name = الاسم الجديد.
cli-arg-escale-mediator-rename-json = النتيجة بصيغة JSON.
cli-mediator-none = لا يوجد بعد أي وسيط لديه بيانات على هذا الحاسوب.
cli-mediator-unnamed = (بدون اسم)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] خزنة مفاتيح النظام
        [passphrase] عبارة سرية
       *[other] حماية غير معروفة: يُرجى استعمال مفتاح الاستعادة
    }
cli-mediator-added = تمت إضافة الوسيط. يمكن فتح بياناته بـ«--mediator { $id }».
cli-mediator-choose = يحتفظ عدة وسطاء ببياناتهم على هذا الحاسوب. يُرجى اختيار اسمك بـ«--mediator ID» (القائمة: «escale mediator list»).
