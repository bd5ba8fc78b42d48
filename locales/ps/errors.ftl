# Error messages: error-<code>, where <code> is the stable error code (crates/escale-core/src/error.rs).
# Written for the person using Escale: what is wrong, and what to do.

error-not-found = { $entity ->
        [mediator] په دې کمپیوټر کې هېڅ مرستندوی دا ID نه لري (د مرستندویانو لېست وګورئ).
        [place] دا د کار ځای نشته یا آرشیف شوی دی.
        [partner] دا همکاره اداره نشته یا آرشیف شوې ده.
       *[other] دا دوسیه نشته یا ړنګه شوې ده.
    }
error-wrong-key = کیلي یا پټه جمله له دې ډېټابېس سره سمون نه خوري. هېڅ شی نه دی بدل شوی.
error-not-initialised = په { $path } کې د Escale ډېټابېس نشته. لومړی یې جوړ کړئ («escale init»).
error-already-initialised = په { $path } کې د Escale ډېټابېس له مخکې شته. هېڅ شی نه دی بدل شوی.
error-passphrase-required = د دې ډېټابېس د پرانیستلو لپاره پټه جمله پکار ده.
error-passphrase-too-short = پټه جمله باید لږ تر لږه { $min } توري ولري.
error-keyring-unavailable = د سیسټم د کیلیو ځای ځواب نه ورکوي. د هغه پر ځای پټه جمله وکاروئ.
error-key-missing-from-keyring = د سیسټم د کیلیو په ځای کې د دې ډېټابېس کیلي نشته (بل حساب یا بل کمپیوټر؟). د بیا ترلاسه کولو پاڼه وکاروئ.
error-store-locked = ډېټابېس قفل دی. د دوام لپاره یې قفل خلاص کړئ.
error-schema-too-new = دا ډېټابېس د Escale د یوې نوې نسخې له خوا جوړ شوی دی. Escale تازه کړئ.
error-database-busy = ډېټابېس بل پروګرام کاروي. یوه شېبه وروسته بیا هڅه وکړئ.
error-disk-full = ډیسک ډک دی: وروستی لیکل شوی شی نه دی ثبت شوی، مخکیني ټول روغ دي. ځای خالي کړئ (د کثافاتو ټوکرۍ، ډاونلوډونه)، بیا له سره هڅه وکړئ.
error-database-corrupt = د ډېټابېس فایل خراب شوی دی (د ډیسک تېروتنه یا نیمګړې کاپي). Escale په کې هېڅ شی نه دی لیکلی. یو بېک اپ بېرته راوړئ، او دا فایل د یو تخنیکي کس لپاره وساتئ.
error-read-only = Escale نه شي کولای د خپلو معلوماتو په فولډر کې ولیکي (USB فلش قفل دی، ډیسک یوازې د لوستلو لپاره دی یا اجازه بسنه نه کوي). هېڅ شی نه دی ثبت شوی. فولډر وګورئ یا مرسته وغواړئ.
error-file-error = د { $path } فایل نه شي لوستل کېدای یا لیکل کېدای. د ډیسک ځای او اجازې وګورئ.
error-storage-error = د ډېټابېس تېروتنه. هېڅ شی نه دی ثبت شوی.
error-key-settings-damaged = د کیلي د تنظیماتو فایل خراب شوی دی، او د هغه کاپي هم. ستاسو معلومات روغ دي: د بیا ترلاسه کولو په کیلي یې پرانیزئ.
error-key-settings-missing = د دې ډېټابېس د کیلي تنظیمات ورک شوي دي. ستاسو معلومات روغ دي: د بیا ترلاسه کولو په کیلي یې پرانیزئ، چې د بیا ترلاسه کولو پر پاڼه چاپ شوې ده.
error-key-settings-too-new = د کیلي تنظیمات د Escale د یوې نوې نسخې له خوا لیکل شوي دي (بڼه { $format }). Escale تازه کړئ. هېڅ شی نه دی بدل شوی.
error-wrong-passphrase = دا سمه پټه جمله نه ده. هېڅ شی نه دی بدل شوی.
error-recovery-key-mistyped = د بیا ترلاسه کولو په کیلي کې د لیکلو غلطي شته. د ۴ تورو هره ډله وګورئ.
error-no-randomness = سیسټم د کیلي د جوړولو لپاره تصادفي عددونه ورنه کړل. کمپیوټر بند او بیا چالان کړئ، او بیا هڅه وکړئ.
error-pin-not-set = هېڅ PIN کوډ نه دی ټاکل شوی. د امنیت په تنظیماتو کې یو وټاکئ.
error-pin-settings-damaged = ثبت شوی PIN کوډ نه لوستل کېږي. په پټې جملې یا د بیا ترلاسه کولو په کیلي قفل خلاص کړئ، بیا نوی PIN کوډ وټاکئ.
error-already-erased = د دې کس هویت، د اړیکې معلومات او یادښتونه له مخکې پاک شوي دي.

# Backups
error-not-a-backup = دا فایل د Escale بېک اپ نه دی. هغه فایل وټاکئ چې په «.escale-backup» پای ته رسېږي. هېڅ شی نه دی بدل شوی.
error-backup-truncated = دا بېک اپ نیمګړی دی: کاپي کول نیمګړي پاتې شوي یا USB فلش ډېر ژر ایستل شوی. بل بېک اپ وکاروئ. ستاسو اوسني معلومات نه دي بدل شوي.
error-backup-damaged = دا بېک اپ خراب شوی یا له جوړېدو وروسته بدل شوی دی: Escale یې نه کاروي. بل بېک اپ وکاروئ. ستاسو اوسني معلومات نه دي بدل شوي.
error-backup-too-new = دا بېک اپ د Escale د یوې نوې نسخې له خوا جوړ شوی دی. Escale تازه کړئ، بیا له سره هڅه وکړئ. هېڅ شی نه دی بدل شوی.
error-backup-wrong-secret = د بیا ترلاسه کولو دا کیلي یا دا پټه جمله دا بېک اپ نه پرانیزي. هغه وګورئ: باید هغه وي چې د بېک اپ پر وخت د ډېټابېس وه. هېڅ شی نه دی بدل شوی.
error-backup-needs-recovery-key = دا بېک اپ د بیا ترلاسه کولو په کیلي پرانیستل کېږي (چې د بیا ترلاسه کولو پر پاڼه چاپ شوې ده)، نه په پټې جملې. هېڅ شی نه دی بدل شوی.
error-backup-cancelled = بېک اپ لغوه شو. د بېک اپ هېڅ فایل نه دی پاتې شوی.
error-work-cancelled = کار لغوه شو: هېڅ شی بدل نه شو.
error-restore-over-existing-data = په { $path } کې د Escale ډېټابېس له مخکې شته. که غواړئ هغه په بېک اپ بدل کړئ، دا په ښکاره ډول وغواړئ: اوسنی ډېټابېس به په همدې فولډر کې یوې خوا ته کېښودل شي، هېڅکله به نه ړنګېږي. هېڅ شی نه دی بدل شوی.
error-restore-interrupted = د بېک اپ بېرته راوړل په نیمايي کې ودرېدل. ستاسو پخواني معلومات د { $path } په فولډر کې روغ دي. هېڅ شی مه ړنګوئ او مرسته وغواړئ.

error-name-required = نوم یا تخلص ولیکئ.
error-birth-year-out-of-range = د زېږېدو کال باید د ۱۹۰۰ او { $max } ترمنځ وي.
error-insee-code-invalid = د ښار INSEE کوډ باید ۵ توري ولري.
error-postal-code-invalid = پوستي کوډ باید ۵ عددونه ولري.
error-commune-unknown = هېڅ ښار د INSEE کوډ { $code } نه لري. ښار له لېست څخه وټاکئ.
error-postal-code-not-of-commune = پوستي کوډ { $postalCode } د دې ښار نه دی. ښار له لېست څخه وټاکئ.
error-email-invalid = د ایمیل پته سمه نه ده.
error-phone-invalid = د ټیلیفون شمېره سمه نه ده.
error-language-invalid = د ژبې کوډ نامعلوم دی: { $code }.
error-unknown-code = د { $field } خانې لپاره «{ $code }» نامعلوم ارزښت دی.
error-too-long = دا متن ډېر اوږد دی (تر { $max } تورو زیات نه وي).
error-not-in-latin-letters = دا نوم په لاتیني تورو ولیکئ، لکه په فرانسوي اسنادو کې.
error-theme-required = لږ تر لږه یوه موضوع وټاکئ.
error-administrative-theme-without-procedure-help = اداري موضوعګانې له «په اداري کارونو کې مرسته» سره یو ځای ځي: هغه هم نښه کړئ.
error-procedure-name-without-procedure-help = د اداري کار نوم یوازې د «په اداري کارونو کې مرسته» له موضوع سره ځي.
error-place-required = د کار ځای وټاکئ.
error-commune-required = هغه ښار ولیکئ چې مرسته په کې شوې ده.
error-duration-out-of-range = موده باید د ۱ دقیقې او ۲۴ ساعتونو ترمنځ وي.
error-date-in-future = نېټه په راتلونکي کې نه شي کېدای.
error-individual-needs-one-beneficiary = انفرادي مرسته باید یوازې یو کس ته وي.
error-workshop-needs-participants = ورکشاپ باید لږ تر لږه یو تعقیب شوی ګډون‌وال ولري، یا د بې نومه ګډون‌والو شمېر.
error-anonymous-count-exceeds-total = { $group ->
    [alreadyAccompanied] هغه ګډون‌وال چې مخکې ورسره مرسته شوې، د بې نومه ګډون‌والو له ټول شمېر څخه زیات دي.
    [gender] د جنس له مخې وېش د بې نومه ګډون‌والو له ټول شمېر څخه زیات دی.
    [ageBand] د عمر د ډلو له مخې وېش د بې نومه ګډون‌والو له ټول شمېر څخه زیات دی.
    [socialStatus] د ټولنیز حالت له مخې وېش د بې نومه ګډون‌والو له ټول شمېر څخه زیات دی.
   *[other] د بې نومه ګډون‌والو وېشونه له ټول شمېر څخه زیات دي.
}
error-anonymous-total-too-large = یو ورکشاپ تر { $max } زیات بې نومه ګډون‌وال نه شي لرلای.
error-field-not-applicable = دا خانه د دې ډول فعالیت لپاره نه ده.
error-duplicate-participant = دا کس د ګډون‌والو په منځ کې دوه ځله راغلی دی.
error-status-unchanged = اداري کار له مخکې همدا حالت لري.
error-date-invalid = دا نېټه سمه نه ده.
error-pin-invalid = PIN کوډ له ۴ تر ۱۲ عددونو پورې لري.
error-idle-minutes-out-of-range = د قفل کېدو وخت له ۱ تر { $max } دقیقو پورې دی.
error-consent-purpose-required = لږ تر لږه یوه موخه وټاکئ چې کس ورسره رضایت لري.
error-withdrawal-before-consent = رضایت بېرته اخیستل د رضایت ورکولو له نېټې مخکې نه شي کېدای.
error-consent-already-withdrawn = دا رضایت له مخکې بېرته اخیستل شوی دی.
error-retention-out-of-range = د ساتلو موده باید د { $min } او { $max } میاشتو ترمنځ وي.
error-mediator-not-chosen = په دې کمپیوټر کې څو مرستندویان خپل معلومات ساتي. خپل نوم وټاکئ.
error-keyring-shared-by-mediators = دا کمپیوټر څو مرستندویان کاروي: هر یو خپل معلومات په خپلې پټې جملې خوندي کوي. د سیسټم د کیلیو ځای نور بس نه دی، ځکه هر هغه کس چې د کمپیوټر دا حساب کاروي، هغه لوستلای شي.
error-mediator-name-required = د مرستندوي نوم ولیکئ.
error-control-characters = په دې خانه کې نه لیدل کېدونکي توري شته چې نه شي ثبتېدای. متن بیا ولیکئ.
error-status-transition-not-allowed = اداري کار له اوسني حالت څخه مستقیم دې حالت ته نه شي تلای.
error-procedure-closed = دا اداري کار تړل شوی دی: د حالت د بدلولو لپاره یې بیا پرانیزئ، او په یوه یادښت کې ولیکئ چې ولې.
error-procedure-not-closed = یوازې تړل شوی اداري کار (منل شوی، رد شوی یا پرېښودل شوی) بیا پرانیستل کېدای شي.
error-reopen-note-required = په یوه یادښت کې ولیکئ چې اداري کار ولې بیا پرانیستل کېږي.
error-date-before-previous-step = د دې ګام نېټه د مخکیني ګام ({ $date }) له نېټې مخکې نه شي کېدای.
error-no-recurrence-due = دا اداري کار هېڅ اظهارنامه یا تمدید نه لري چې باید وشي.
error-activity-not-of-this-person = دا مرسته د دې اداري کار له کس سره تړاو نه لري.
error-catalogue-label-required = اداري کار ته یو نوم ورکړئ.
error-theme-not-administrative = یوه اداري موضوع وټاکئ.
error-delay-out-of-range = معمولي موده له ۱ تر { $max } ورځو پورې ده.
error-entity-name-required = { $entity ->
        [structure] د ادارې نوم ولیکئ.
        [place] د کار د ځای نوم ولیکئ.
       *[partner] د همکارې ادارې نوم ولیکئ.
    }
error-siret-invalid = د SIRET شمېره ۱۴ عددونه لري (د ډلو ترمنځ تش ځای منل کېږي).
error-siret-mistyped = دا SIRET شمېره نشته: ښايي یو عدد غلط لیکل شوی وي. دا د ادارې په یو سند کې وګورئ (د Insee خبرتیا «avis de situation»، د معاش پاڼه، فاکتور).
error-stored-value-unreadable = یو ثبت شوی ارزښت بیا نه شي لوستل کېدای ({ $entity } { $id }): یا خراب شوی یا د Escale د یوې نوې نسخې له خوا لیکل شوی دی.

# Saving a file (a printed document) in the folder chosen.
error-save-folder-not-writable = په { $path } فولډر کې ثبتول ممکن نه دي: یا دا فولډر نشته، یا د لیکلو مخه یې نیول شوې (قفل شوی USB فلش)، یا ستاسو نه دی. هېڅ شی نه دی ثبت شوی. بل فولډر وټاکئ.
error-save-disk-full = د { $path } د فولډر په ډیسک یا USB فلش کې نور ځای نشته: فایل نه دی ثبت شوی، او هلته هېڅ شی نه دی پاتې شوی. ځای خالي کړئ یا بل فولډر وټاکئ.
error-document-not-rendered = Escale ونه شو کولای چې دا سند جوړ کړي (دننۍ تېروتنه). هېڅ شی نه دی ثبت شوی. بیا هڅه وکړئ، یا د دې ستونزې خبر ورکړئ.

# Errors that do not come from the core.
error-unexpected = یوه ناڅاپي تېروتنه وشوه. هېڅ شی نه دی ثبت شوی.
error-command-failed = کار په ناڅاپي ډول ودرېد. هېڅ شی نه دی ثبت شوی. بیا هڅه وکړئ.
error-merge-with-itself = یوه دوسیه له ځان سره نه شي یو ځای کېدای. بله دوسیه وټاکئ.
error-value-not-understood = { $fieldId ->
    [gender] جنسیت و نه پېژندل شو: F، M یا N ولیکئ (ښځه، نارینه، نه دی ویل شوی).
    [birthYear] د زېږېدو کال و نه پېژندل شو: څلور عددي کال (۱۹۷۰) یا نېټه (۱۲/۰۳/۱۹۷۰) ولیکئ.
   *[other] ارزښت و نه پېژندل شو.
}
