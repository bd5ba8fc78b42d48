# Error messages: error-<code>, where <code> is the error’s stable code (crates/escale-core/src/error.rs).
# Written for the person using Escale: what is wrong, and what to do.

error-not-found = { $entity ->
        [mediator] لا يوجد وسيط على هذا الحاسوب بهذا المعرّف (انظر قائمة الوسطاء).
        [place] مكان النشاط هذا غير موجود أو تمت أرشفته.
        [partner] هذا الشريك غير موجود أو تمت أرشفته.
       *[other] هذا الملف غير موجود أو تم حذفه.
    }
error-wrong-key = المفتاح أو العبارة السرية لا يطابق قاعدة البيانات هذه. لم يتم تغيير أي شيء.
error-not-initialised = لا توجد قاعدة بيانات Escale في { $path }. يُرجى إنشاؤها أولًا («escale init»).
error-already-initialised = توجد قاعدة بيانات Escale من قبل في { $path }. لم يتم تغيير أي شيء.
error-passphrase-required = يلزم إدخال عبارة سرية لفتح قاعدة البيانات هذه.
error-passphrase-too-short = يجب ألا يقل عدد أحرف العبارة السرية عن { $min }.
error-keyring-unavailable = خزنة مفاتيح النظام لا تستجيب. يُرجى استعمال عبارة سرية بدلًا منها.
error-key-missing-from-keyring = خزنة مفاتيح النظام لا تحتوي على مفتاح قاعدة البيانات هذه (حساب آخر أو حاسوب آخر؟). يُرجى استعمال ورقة الاستعادة.
error-store-locked = قاعدة البيانات مقفلة. يُرجى فتح القفل للمتابعة.
error-schema-too-new = أُنشئت قاعدة البيانات هذه بإصدار أحدث من Escale. يُرجى تحديث Escale.
error-database-busy = قاعدة البيانات مستعملة من طرف برنامج آخر. يُرجى إعادة المحاولة بعد لحظة.
error-disk-full = القرص ممتلئ: لم يُحفظ آخر إدخال، أما الإدخالات السابقة فهي سليمة. يُرجى إفراغ بعض المساحة (سلة المحذوفات، التنزيلات)، ثم إعادة المحاولة.
error-database-corrupt = ملف قاعدة البيانات تالف (خطأ في القرص أو نسخ انقطع). لم يكتب Escale فيه أي شيء. يُرجى استرجاع نسخة احتياطية، والاحتفاظ بهذا الملف لتقني.
error-read-only = لا يستطيع Escale الكتابة في مجلد بياناته (ذاكرة USB محمية، أو قرص للقراءة فقط، أو صلاحيات غير كافية). لم يُحفظ أي شيء. يُرجى التحقق من المجلد أو طلب المساعدة.
error-file-error = تعذّرت قراءة الملف { $path } أو الكتابة فيه. يُرجى التحقق من المساحة الحرة على القرص ومن الصلاحيات.
error-storage-error = خطأ في قاعدة البيانات. لم يُحفظ أي شيء.
error-key-settings-damaged = ملف إعدادات المفتاح تالف، ونسخته أيضًا. بياناتك سليمة: يمكنك فتحها بمفتاح الاستعادة.
error-key-settings-missing = اختفت إعدادات المفتاح لقاعدة البيانات هذه. بياناتك سليمة: يمكنك فتحها بمفتاح الاستعادة المطبوع على ورقة الاستعادة.
error-key-settings-too-new = كُتبت إعدادات المفتاح بإصدار أحدث من Escale (الصيغة { $format }). يُرجى تحديث Escale. لم يتم تغيير أي شيء.
error-wrong-passphrase = هذه ليست العبارة السرية الصحيحة. لم يتم تغيير أي شيء.
error-recovery-key-mistyped = في مفتاح الاستعادة خطأ في الكتابة. يُرجى التحقق من كل مجموعة من 4 رموز.
error-no-randomness = لم يوفّر النظام أرقامًا عشوائية لإنشاء مفتاح. يُرجى إعادة تشغيل الحاسوب والمحاولة من جديد.
error-pin-not-set = لم يتم اختيار أي رمز PIN. يُرجى اختيار رمز في إعدادات الأمان.
error-pin-settings-damaged = رمز PIN المحفوظ غير مقروء. يُرجى فتح القفل بالعبارة السرية أو بمفتاح الاستعادة، ثم اختيار رمز PIN جديد.
error-already-erased = تم من قبل مسح هوية هذا الشخص وبيانات الاتصال به والملاحظات الخاصة به.

# Backups
error-not-a-backup = هذا الملف ليس نسخة احتياطية من Escale. يُرجى اختيار ملف ينتهي بـ«.escale-backup». لم يتم تغيير أي شيء.
error-backup-truncated = هذه النسخة الاحتياطية غير كاملة: انقطع النسخ أو نُزعت ذاكرة USB مبكرًا. يُرجى استعمال نسخة احتياطية أخرى. لم تتغير بياناتك الحالية.
error-backup-damaged = هذه النسخة الاحتياطية تالفة أو تم تغييرها بعد إنشائها: يرفض Escale استعمالها. يُرجى استعمال نسخة احتياطية أخرى. لم تتغير بياناتك الحالية.
error-backup-too-new = أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Escale. يُرجى تحديث Escale، ثم إعادة المحاولة. لم يتم تغيير أي شيء.
error-backup-wrong-secret = مفتاح الاستعادة هذا أو العبارة السرية هذه لا يفتح هذه النسخة الاحتياطية. يُرجى التحقق منه: يجب أن يكون الخاص بقاعدة البيانات وقت إنشاء النسخة الاحتياطية. لم يتم تغيير أي شيء.
error-backup-needs-recovery-key = هذه النسخة الاحتياطية تُفتح بمفتاح الاستعادة (المطبوع على ورقة الاستعادة)، لا بعبارة سرية. لم يتم تغيير أي شيء.
error-backup-cancelled = أُلغي النسخ الاحتياطي. لم يبقَ أي ملف نسخة احتياطية.
error-work-cancelled = أُلغيت العملية: لم يُغيَّر أي شيء.
error-restore-over-existing-data = توجد قاعدة بيانات Escale من قبل في { $path }. لاستبدالها بالنسخة الاحتياطية، يجب طلب ذلك صراحةً: ستوضع قاعدة البيانات الحالية جانبًا في هذا المجلد، ولن تُحذف أبدًا. لم يتم تغيير أي شيء.
error-restore-interrupted = توقّف الاسترجاع قبل أن يكتمل. بياناتك السابقة سليمة في المجلد { $path }. يُرجى عدم حذف أي شيء وطلب المساعدة.

error-name-required = يُرجى إدخال اسم العائلة أو الاسم الشخصي.
error-birth-year-out-of-range = يجب أن تكون سنة الميلاد بين 1900 و{ $max }.
error-insee-code-invalid = يجب أن يتكوّن رمز INSEE للبلدية من 5 رموز.
error-postal-code-invalid = يجب أن يتكوّن الرمز البريدي من 5 أرقام.
error-commune-unknown = لا توجد بلدية برمز INSEE { $code }. يُرجى اختيار البلدية من القائمة.
error-postal-code-not-of-commune = الرمز البريدي { $postalCode } ليس رمز هذه البلدية. يُرجى اختيار البلدية من القائمة.
error-email-invalid = عنوان البريد الإلكتروني غير صالح.
error-phone-invalid = رقم الهاتف غير صالح.
error-language-invalid = رمز لغة غير معروف: { $code }.
error-unknown-code = قيمة غير معروفة «{ $code }» للحقل { $field }.
error-too-long = هذا النص طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }).
error-not-in-latin-letters = يُرجى كتابة هذا الاسم بالحروف اللاتينية، كما هو في الوثائق الفرنسية.
error-theme-required = يُرجى اختيار موضوع واحد على الأقل.
error-administrative-theme-without-procedure-help = المواضيع الإدارية تأتي مع «المساعدة في الإجراءات الإدارية»: يُرجى تحديد هذا الموضوع أيضًا.
error-procedure-name-without-procedure-help = اسم الإجراء يأتي مع موضوع «المساعدة في الإجراءات الإدارية».
error-place-required = يُرجى اختيار مكان النشاط.
error-commune-required = يُرجى إدخال البلدية التي جرت فيها جلسة المرافقة.
error-duration-out-of-range = يجب أن تكون المدة بين دقيقة واحدة و24 ساعة.
error-date-in-future = لا يمكن أن يكون التاريخ في المستقبل.
error-individual-needs-one-beneficiary = المرافقة الفردية تخص شخصًا واحدًا بالضبط.
error-workshop-needs-participants = الورشة تحتاج إلى مشارك واحد على الأقل له ملف، أو إلى عدد من المشاركين المجهولي الهوية.
error-anonymous-count-exceeds-total = { $group ->
    [alreadyAccompanied] عدد المشاركين الذين سبقت مرافقتهم أكبر من مجموع المشاركين المجهولي الهوية.
    [gender] التوزيع حسب الجنس يتجاوز مجموع المشاركين المجهولي الهوية.
    [ageBand] التوزيع حسب الفئة العمرية يتجاوز مجموع المشاركين المجهولي الهوية.
    [socialStatus] التوزيع حسب الوضع الاجتماعي يتجاوز مجموع المشاركين المجهولي الهوية.
   *[other] توزيعات المشاركين المجهولي الهوية تتجاوز مجموعهم.
}
error-anonymous-total-too-large = الحد الأقصى لعدد المشاركين المجهولي الهوية في الورشة: { $max }.
error-field-not-applicable = هذا الحقل لا ينطبق على هذا النوع من النشاط.
error-duplicate-participant = هذا الشخص مذكور مرتين بين المشاركين.
error-status-unchanged = الإجراء في هذه الحالة من قبل.
error-date-invalid = هذا التاريخ غير صالح.
error-pin-invalid = رمز PIN يتكوّن من 4 إلى 12 رقمًا.
error-idle-minutes-out-of-range = مهلة القفل بالدقائق تكون من 1 إلى { $max }.
error-consent-purpose-required = يُرجى اختيار غرض واحد على الأقل يوافق عليه الشخص.
error-withdrawal-before-consent = لا يمكن أن يكون تاريخ السحب قبل تاريخ الموافقة.
error-consent-already-withdrawn = تم سحب هذه الموافقة من قبل.
error-retention-out-of-range = يجب أن تكون مدة الاحتفاظ بالأشهر بين { $min } و{ $max }.
error-mediator-not-chosen = يحتفظ عدة وسطاء ببياناتهم على هذا الحاسوب. يُرجى اختيار اسمك.
error-keyring-shared-by-mediators = يستعمل عدة وسطاء هذا الحاسوب: كل واحد يحمي بياناته بعبارته السرية الخاصة. لم تعد خزنة مفاتيح النظام كافية، لأن أي شخص يستعمل هذا الحساب على الحاسوب يستطيع قراءتها.
error-mediator-name-required = يُرجى إدخال اسم الوسيط أو الوسيطة.
error-control-characters = يحتوي هذا الحقل على رموز غير مرئية لا يمكن حفظها. يُرجى كتابة النص من جديد.
error-status-transition-not-allowed = لا يمكن أن ينتقل الإجراء مباشرةً من حالته الحالية إلى هذه الحالة.
error-procedure-closed = هذا الإجراء مغلق: لتغيير حالته، يُرجى إعادة فتحه مع ملاحظة تشرح السبب.
error-procedure-not-closed = لا يمكن إعادة فتح إلا إجراء مغلق (مقبول أو مرفوض أو متروك).
error-reopen-note-required = يُرجى كتابة ملاحظة تشرح سبب إعادة فتح الإجراء.
error-date-before-previous-step = لا يمكن أن يكون تاريخ هذه الخطوة قبل تاريخ الخطوة السابقة ({ $date }).
error-no-recurrence-due = ليس لهذا الإجراء تصريح ولا تجديد يجب القيام به.
error-activity-not-of-this-person = جلسة المرافقة هذه لا تخص الشخص صاحب الإجراء.
error-catalogue-label-required = يُرجى إعطاء اسم للإجراء.
error-theme-not-administrative = يُرجى اختيار موضوع إداري.
error-delay-out-of-range = المدة المعتادة بالأيام تكون من 1 إلى { $max }.
error-entity-name-required = { $entity ->
        [structure] يُرجى إدخال اسم المؤسسة.
        [place] يُرجى إدخال اسم مكان النشاط.
       *[partner] يُرجى إدخال اسم الشريك.
    }
error-siret-invalid = رقم SIRET يتكوّن من 14 رقمًا (يُسمح بالمسافات بين المجموعات).
error-siret-mistyped = رقم SIRET هذا غير موجود: على الأرجح نُسخ أحد الأرقام بشكل خاطئ. يُرجى التحقق منه في وثيقة من وثائق المؤسسة (avis de situation Insee، ورقة الأجر، فاتورة).
error-stored-value-unreadable = تتعذّر إعادة قراءة معلومة محفوظة ({ $entity } { $id }): إنها تالفة أو كُتبت بإصدار أحدث من Escale.

# Saving a file (a printed document) in the folder chosen.
error-save-folder-not-writable = تعذّر الحفظ في المجلد { $path }: إما أنه غير موجود، أو محمي من الكتابة (ذاكرة USB مقفلة)، أو ليس ملكًا لك. لم يُحفظ أي شيء. يُرجى اختيار مجلد آخر.
error-save-disk-full = لم تعد هناك مساحة على القرص أو ذاكرة USB التي فيها المجلد { $path }: لم يُحفظ الملف، ولم يبقَ منه أي شيء في المجلد. يُرجى إفراغ بعض المساحة أو اختيار مجلد آخر.
error-document-not-rendered = تعذّر على Escale إعداد هذه الوثيقة (خطأ داخلي). لم يُحفظ أي شيء. يُرجى إعادة المحاولة، أو الإبلاغ عن المشكلة.

# Errors that do not come from the core.
error-unexpected = حدث خطأ غير متوقَّع. لم يُحفظ أي شيء.
error-command-failed = توقفت العملية بشكل غير متوقَّع. لم يُحفظ أي شيء. يُرجى إعادة المحاولة.
error-merge-with-itself = لا يمكن دمج ملف مع نفسه. يُرجى اختيار ملف آخر.
error-value-not-understood = { $fieldId ->
    [gender] لم يُفهم الجنس: اكتب F أو M أو N (أنثى، ذكر، غير مُصرَّح به).
    [birthYear] لم تُفهم سنة الميلاد: اكتب سنة من أربعة أرقام (1970) أو تاريخًا (12/03/1970).
   *[other] لم تُفهم القيمة.
}
