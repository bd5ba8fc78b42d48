# The "escale" command line: help (cli-about-<command>, cli-arg-<command>-<option>) and messages.

cli-about-escale = Escale په کمانډ لاین کې: د اپلیکیشن همغه کوډ شوي معلومات، د سیسټم د اداره کولو او سکرېپټونو لپاره.
cli-arg-escale-data_dir = د معلوماتو فولډر (په عادي حالت کې د اپلیکیشن فولډر؛ متغیر ESCALE_DATA_DIR).
cli-arg-escale-lang = د پیغامونو ژبه (په عادي حالت کې fr؛ متغیر ESCALE_LANG).
cli-arg-escale-json = پایله په JSON بڼه، د سکرېپټونو لپاره.

cli-about-escale-init = کوډ شوی ډېټابېس جوړوي او د بیا ترلاسه کولو کیلي یې ښيي. کیلي د سیسټم د کیلیو ځای ته ځي؛ که د کیلیو ځای نه وي، یوه پټه جمله یې خوندي کوي (لیکل کېږي، یا متغیر ESCALE_PASSPHRASE).
cli-arg-escale-init-passphrase = ډېټابېس د کیلیو د ځای پر ځای په یوه پټه جمله خوندي کړئ.
cli-arg-escale-init-json = پایله په JSON بڼه.

cli-about-escale-recover = ډېټابېس د بیا ترلاسه کولو په کیلي بیا پرانیزي (نوی کمپیوټر، پاک شوی د کیلیو ځای، ورک شوي د کیلي تنظیمات، هېره شوې پټه جمله)، بیا کیلي له سره خوندي کوي. کیلي لیکل کېږي، یا متغیر ESCALE_RECOVERY_KEY.
cli-arg-escale-recover-passphrase = وروسته کیلي د کیلیو د ځای پر ځای په یوه نوې پټه جمله خوندي کړئ (لیکل کېږي، یا متغیر ESCALE_NEW_PASSPHRASE).
cli-about-escale-recovery-sheet = د بیا ترلاسه کولو پاڼه لیکي (یوه پاڼه چې چاپ او په قفل شوي ځای کې وساتل شي).
cli-arg-escale-recovery-sheet-out = هغه فایل چې لیکل کېږي (HTML پاڼه).
cli-about-escale-key = د ډېټابېس د کیلي ساتنه.
cli-about-escale-key-protect = کیلي د سیسټم د کیلیو ځای ته وړي یا یې د یوې (نوې) پټې جملې لاندې ږدي. معلومات بیا نه کوډ کېږي.
cli-arg-escale-key-protect-keyring = کیلي د سیسټم د کیلیو په ځای کې وساتئ.
cli-arg-escale-key-protect-passphrase = کیلي په یوه نوې پټه جمله خوندي کړئ (لیکل کېږي، یا متغیر ESCALE_NEW_PASSPHRASE).
cli-prompt-recovery-key = د بیا ترلاسه کولو کیلي (د ۴ تورو ۱۴ ډلې):
cli-recovery-key-intro = دا د بیا ترلاسه کولو کیلي ده. که کمپیوټر، د کیلیو ځای یا پټه جمله ورکه شي، یوازې همدا کیلي معلومات بیا پرانیزي:
cli-recovery-key-sheet = د بیا ترلاسه کولو پاڼه چاپ کړئ («escale recovery-sheet --out fiche.html») او په قفل شوي ځای کې، له کمپیوټر څخه لرې، یې وساتئ.
cli-recovered-keyring = ډېټابېس د بیا ترلاسه کولو په کیلي بیا پرانیستل شو. د هغه کیلي اوس د سیسټم د کیلیو په ځای کې ده.
cli-recovered-passphrase = ډېټابېس د بیا ترلاسه کولو په کیلي بیا پرانیستل شو. اوس ستاسو په نوې پټې جملې خوندي دی.
cli-recovery-sheet-written = د بیا ترلاسه کولو پاڼه په { $path } کې ولیکل شوه. چاپ یې کړئ، په قفل شوي ځای کې یې وساتئ، بیا دا فایل ړنګ کړئ.
cli-key-moved-to-keyring = کیلي اوس د سیسټم د کیلیو په ځای کې ده. معلومات نه دي بدل شوي.
cli-key-moved-to-passphrase = کیلي اوس په نوې پټې جملې خوندي ده. معلومات نه دي بدل شوي.
cli-file-not-written = د { $path } فایل ونه لیکل شو. هېڅ شی نه دی لیکل شوی.
cli-use-recover = د خپلو معلوماتو د بیا پرانیستلو لپاره: escale recover.

cli-about-escale-backup = کوډ شوي بېک اپونه: جوړول، کتل، بېرته راوړل.
cli-about-escale-backup-create = د ټول ډېټابېس کوډ شوی بېک اپ په یو فولډر (یو USB فلش) کې لیکي. د فایل په نوم کې نېټه ده، هېڅ شخصي شی نه؛ د بیا ترلاسه کولو په کیلي پرانیستل کېږي، یا که ډېټابېس په پټې جملې خوندي وي، د همغې ورځې په پټې جملې.
cli-arg-escale-backup-create-to = هغه فولډر چې بېک اپ پکې لیکل کېږي (د بېلګې په توګه USB فلش).
cli-arg-escale-backup-create-json = پایله په JSON بڼه.
cli-about-escale-backup-verify = یو بېک اپ ګوري: جوړښت او د کنټرول شمېره یې، بیا د بیا ترلاسه کولو په کیلي (ESCALE_RECOVERY_KEY) یا پټې جملې (ESCALE_PASSPHRASE) د هغه منځپانګه، چې Escale یې پرانیزي او شمېري.
cli-arg-escale-backup-verify-file = د بېک اپ فایل (.escale-backup).
cli-arg-escale-backup-verify-without_secret = یوازې هغه کتنې چې هېڅ پټ شی نه غواړي.
cli-arg-escale-backup-verify-json = پایله په JSON بڼه.
cli-about-escale-backup-restore = یو بېک اپ د معلوماتو فولډر ته بېرته راوړي (نوی کمپیوټر)، وروسته له دې چې بشپړ یې وګوري. د بیا ترلاسه کولو کیلي (ESCALE_RECOVERY_KEY) یا د بېک اپ پټه جمله (ESCALE_PASSPHRASE)، که نه وي، لیکل کېږي.
cli-arg-escale-backup-restore-file = د بېک اپ فایل (.escale-backup).
cli-arg-escale-backup-restore-replace = موجود ډېټابېس بدل کړئ: د معلوماتو په فولډر کې یوې خوا ته ایښودل کېږي، هېڅکله نه ړنګېږي.
cli-arg-escale-backup-restore-passphrase = بېرته راوړل شوې کیلي د کیلیو د ځای پر ځای په یوه پټه جمله خوندي کړئ (ESCALE_NEW_PASSPHRASE، یا د بېک اپ پټه جمله).
cli-arg-escale-backup-restore-json = پایله په JSON بڼه.
cli-prompt-backup-passphrase = د بېک اپ پر وخت د ډېټابېس پټه جمله:
cli-backup-progress = بېک اپ
cli-restore-progress = بېرته راوړل
cli-demo-progress = د نمونې معلومات
cli-deriving-key = د کوډ شوي ډېټابېس پرانیستل (د کیلي جوړول)…
cli-backup-written = بېک اپ ولیکل شو او وکتل شو: { $path } ({ $size }).
cli-backup-verified = بېک اپ روغ دی، په { $made } جوړ شوی: { $people ->
    [one] { $people } کس
   *[other] { $people } کسان
}، { $activities ->
    [one] { $activities } فعالیت
   *[other] { $activities } فعالیتونه
}، { $procedures ->
    [one] { $procedures } اداري کار
   *[other] { $procedures } اداري کارونه
}.
cli-backup-structure-verified = بېک اپ په { $made } جوړ شوی: جوړښت او د کنټرول شمېره روغ دي. منځپانګه یې نه ده کتل شوې (د بیا ترلاسه کولو کیلي یا پټه جمله پکار ده).
cli-backup-restored = د { $made } بېک اپ بېرته راوړل شو: { $people ->
    [one] { $people } کس
   *[other] { $people } کسان
}، { $activities ->
    [one] { $activities } فعالیت
   *[other] { $activities } فعالیتونه
}، { $procedures ->
    [one] { $procedures } اداري کار
   *[other] { $procedures } اداري کارونه
}.
cli-backup-set-aside = پخواني معلومات روغ دي، په { $path } کې یوې خوا ته ایښودل شوي.
cli-backup-secret-needed = د بیا ترلاسه کولو کیلي (ESCALE_RECOVERY_KEY) یا د بېک اپ پټه جمله (ESCALE_PASSPHRASE) پکار ده. هېڅ شی نه دی بدل شوی.

cli-about-escale-demo = د نمونې معلومات ورزیاتوي چې رښتیني ښکاري.
cli-arg-escale-demo-people = د هغو کسانو شمېر چې جوړ شي.
cli-arg-escale-demo-json = پایله په JSON بڼه.

cli-about-escale-beneficiary = هغه کسان چې مرسته ورسره کېږي: ورزیاتول، لېست، لټول، ښودل.
cli-about-escale-beneficiary-add = یو کس ورزیاتوي.
cli-arg-escale-beneficiary-add-first_name = نوم.
cli-arg-escale-beneficiary-add-last_name = تخلص.
cli-arg-escale-beneficiary-add-latin_first_name = نوم په لاتیني تورو، لکه په فرانسوي اسنادو کې، کله چې نوم په بل لیک لیکل شوی وي.
cli-arg-escale-beneficiary-add-latin_last_name = تخلص په لاتیني تورو، لکه په فرانسوي اسنادو کې، کله چې تخلص په بل لیک لیکل شوی وي.
cli-arg-escale-beneficiary-add-anonymous = بې نومه کس (بې له نوم، د احصایې لپاره).
cli-arg-escale-beneficiary-add-accompanied_before = مخکې هم ورسره مرسته شوې (په بل ځای کې یا له Escale مخکې): دلته د هغه هېڅ مرسته لومړۍ نه ده.
cli-arg-escale-beneficiary-add-birth_year = د زېږېدو کال (د عمر ډله له دې څخه معلومېږي).
cli-arg-escale-beneficiary-add-gender = جنس: masculin، feminin یا non_communique.
cli-arg-escale-beneficiary-add-social_status = ټولنیز حالت: scolarise، sans_emploi، en_emploi، retraite یا non_communique.
cli-arg-escale-beneficiary-add-insee = د ښار INSEE کوډ.
cli-arg-escale-beneficiary-add-postal_code = پوستي کوډ (که نه وي، له INSEE کوډ څخه معلومېږي).
cli-arg-escale-beneficiary-add-commune = د ښار نوم (که نه وي، له INSEE کوډ څخه معلومېږي).
cli-arg-escale-beneficiary-add-phone = ټیلیفون.
cli-arg-escale-beneficiary-add-email = د ایمیل پته.
cli-arg-escale-beneficiary-add-languages = هغه ژبه چې خبرې پرې کوي (۲ یا ۳ توري کوډ؛ دا اختیار څو ځله راتلای شي).
cli-arg-escale-beneficiary-add-document_language = د ورکړل شویو اسنادو ژبه (fr، en، ar، fa، ps، ti، uk، ru، ro، tr، es، pt).
cli-arg-escale-beneficiary-add-notes = یادښتونه.
cli-arg-escale-beneficiary-add-json = پایله په JSON بڼه.
cli-about-escale-beneficiary-list = کسان د الفبې په ترتیب ښيي.
cli-arg-escale-beneficiary-list-limit = د کرښو تر ټولو زیات شمېر.
cli-arg-escale-beneficiary-list-json = پایله په JSON بڼه.
cli-about-escale-beneficiary-search = د نوم د هرې برخې له مخې لټون کوي، د اعرابو او لویو تورو پروا نه کوي.
cli-arg-escale-beneficiary-search-query = د نوم او/یا تخلص لومړۍ برخه.
cli-arg-escale-beneficiary-search-limit = د کرښو تر ټولو زیات شمېر.
cli-arg-escale-beneficiary-search-json = پایله په JSON بڼه.
cli-about-escale-beneficiary-show = د یو کس دوسیه، مرستې او اداري کارونه یې ښيي.
cli-arg-escale-beneficiary-show-id = د کس ID.
cli-arg-escale-beneficiary-show-json = پایله په JSON بڼه.

cli-about-escale-activity = مرستې او ورکشاپونه: ثبتول، لېست.
cli-about-escale-activity-add = یوه انفرادي مرسته یا یو ډله‌ییز ورکشاپ ثبتوي.
cli-arg-escale-activity-add-beneficiaries = د هغه کس ID چې مرسته ورسره کېږي (د ورکشاپ لپاره څو ځله راتلای شي).
cli-arg-escale-activity-add-kind = ډول: individuel یا collectif.
cli-arg-escale-activity-add-date = نېټه (YYYY-MM-DD؛ په عادي حالت کې نن).
cli-arg-escale-activity-add-duration = موده په دقیقو.
cli-arg-escale-activity-add-place_type = لاره: lieu_activite، domicile، a_distance یا autre.
cli-arg-escale-activity-add-place = د کار د ځای ID (د lieu_activite لپاره).
cli-arg-escale-activity-add-insee = د ښار INSEE کوډ (د domicile او autre لپاره).
cli-arg-escale-activity-add-postal_code = پوستي کوډ.
cli-arg-escale-activity-add-commune = د ښار نوم.
cli-arg-escale-activity-add-themes = موضوع (ملي کوډ؛ څو ځله راتلای شي).
cli-arg-escale-activity-add-equipment = کارول شوي وسایل (څو ځله راتلای شي).
cli-arg-escale-activity-add-autonomy = پخپله کار کولو وړتیا: entierement_accompagne، partiellement_autonome یا autonome.
cli-arg-escale-activity-add-orientation = هغه اداره چې کس ورته معرفي کېږي.
cli-arg-escale-activity-add-procedure_name = د اداري کار نوم.
cli-arg-escale-activity-add-workshop_title = د ورکشاپ سرلیک.
cli-arg-escale-activity-add-workshop_level = د ورکشاپ کچه: debutant، intermediaire یا avance.
cli-arg-escale-activity-add-anonymous_total = د بې نومه ګډون‌والو شمېر (ورکشاپ).
cli-arg-escale-activity-add-notes = یادښتونه.
cli-arg-escale-activity-add-next_steps = راتلونکي ګامونه.
cli-arg-escale-activity-add-json = پایله په JSON بڼه.
cli-about-escale-activity-defaults = هغه څه چې یو نوی ثبت لومړی وړاندې کوي: د ورځې ځای، او هغه موضوعګانې او مودې چې پدې وروستیو کې ډېرې کارول شوې.
cli-arg-escale-activity-defaults-kind = ډول: individuel یا collectif.
cli-arg-escale-activity-defaults-json = پایله په JSON بڼه.
cli-defaults-place = وړاندې شوی ځای: { $place }
cli-defaults-place-of-day = { $place } (په { $date })
cli-defaults-themes = موضوعګانې، ډېرې کارول شوې لومړی: { $themes }
cli-defaults-durations = مودې، ډېرې کارول شوې لومړی: { $durations }
cli-about-escale-activity-list = فعالیتونه ښيي، نوي لومړی.
cli-arg-escale-activity-list-from = له دې نېټې څخه (YYYY-MM-DD).
cli-arg-escale-activity-list-to = تر دې نېټې پورې (YYYY-MM-DD).
cli-arg-escale-activity-list-beneficiary = یوازې د دې کس فعالیتونه.
cli-arg-escale-activity-list-limit = د کرښو تر ټولو زیات شمېر.
cli-arg-escale-activity-list-json = پایله په JSON بڼه.

cli-about-escale-procedure = تعقیب شوي اداري کارونه: پیلول، حالت بدلول، اسناد نښه کول، بیا پرانیستل، لېست.
cli-about-escale-procedure-start = د لېست د یو اداري کار تعقیب د هغه د اسنادو له لېست سره پیلوي.
cli-arg-escale-procedure-start-beneficiary = د کس ID.
cli-arg-escale-procedure-start-kind = د لېست اداري کار (د بېلګې په توګه caf_rsa، anef_renouvellement_titre_sejour؛ وګورئ escale catalogue list).
cli-arg-escale-procedure-start-status = د پیل حالت (acceptee، د یو له مخکې ترلاسه شوي حق د تمدید د تعقیب لپاره).
cli-arg-escale-procedure-start-on = د پیل د حالت ورځ (YYYY-MM-DD)، په عادي حالت کې نن.
cli-arg-escale-procedure-start-reference = د دوسیې شمېره.
cli-arg-escale-procedure-start-deadline = وروستۍ نېټه (YYYY-MM-DD).
cli-arg-escale-procedure-start-call_back = هغه ورځ چې کس ته بیا زنګ ووهل شي (YYYY-MM-DD).
cli-arg-escale-procedure-start-notes = یادښتونه.
cli-arg-escale-procedure-start-json = پایله په JSON بڼه.
cli-about-escale-procedure-status = د یو اداري کار حالت بدلوي، که د بدلونونو جدول اجازه ورکړي (پخوانی حالت په تاریخچه کې پاتې کېږي).
cli-arg-escale-procedure-status-id = د اداري کار ID.
cli-arg-escale-procedure-status-status = نوی حالت: a_faire، en_attente_de_pieces، deposee، en_instruction، acceptee، refusee یا abandonnee.
cli-arg-escale-procedure-status-note = د دې بدلون په اړه یادښت.
cli-arg-escale-procedure-status-on = د بدلون ورځ (YYYY-MM-DD)، په عادي حالت کې نن.
cli-arg-escale-procedure-status-json = پایله په JSON بڼه.
cli-about-escale-procedure-reopen = یو تړل شوی اداري کار (منل شوی، رد شوی یا پرېښودل شوی) بیا پرانیزي، له یو یادښت سره چې ولې.
cli-arg-escale-procedure-reopen-id = د اداري کار ID.
cli-arg-escale-procedure-reopen-note = اداري کار ولې بیا پرانیستل کېږي (اړین).
cli-arg-escale-procedure-reopen-status = له بیا پرانیستلو وروسته حالت.
cli-arg-escale-procedure-reopen-on = د بیا پرانیستلو ورځ (YYYY-MM-DD)، په عادي حالت کې نن.
cli-arg-escale-procedure-reopen-json = پایله په JSON بڼه.
cli-about-escale-procedure-check = د اداري کار یو سند نښه کوي: راوړل شوی، نشته یا اړین نه دی.
cli-arg-escale-procedure-check-id = د اداري کار ID.
cli-arg-escale-procedure-check-document = د لېست سند (د بېلګې په توګه rib، avis_imposition).
cli-arg-escale-procedure-check-state = د سند حالت: brought، missing یا not_needed.
cli-arg-escale-procedure-check-json = پایله په JSON بڼه.
cli-about-escale-procedure-recurrence-done = ثبتوي چې تمه شوې اظهارنامه یا تمدید وشو؛ راتلونکی یې حسابېږي.
cli-arg-escale-procedure-recurrence-done-id = د اداري کار ID.
cli-arg-escale-procedure-recurrence-done-on = هغه ورځ چې وشو (YYYY-MM-DD)، په عادي حالت کې نن.
cli-arg-escale-procedure-recurrence-done-json = پایله په JSON بڼه.
cli-about-escale-procedure-edit = د اداري کار د دوسیې شمېره، نېټې یا یادښتونه بدلوي.
cli-arg-escale-procedure-edit-id = د اداري کار ID.
cli-arg-escale-procedure-edit-reference = د دوسیې شمېره.
cli-arg-escale-procedure-edit-deadline = وروستۍ نېټه (YYYY-MM-DD).
cli-arg-escale-procedure-edit-renewal = د راتلونکي تمدید یا راتلونکې اظهارنامې نېټه (YYYY-MM-DD).
cli-arg-escale-procedure-edit-call_back = هغه ورځ چې کس ته بیا زنګ ووهل شي (YYYY-MM-DD).
cli-arg-escale-procedure-edit-clear = هغه نېټه چې پاکه شي (څو ځله راتلای شي): deadline، renewal یا call-back.
cli-arg-escale-procedure-edit-notes = یادښتونه.
cli-arg-escale-procedure-edit-json = پایله په JSON بڼه.
cli-about-escale-procedure-link = د کس یوه مرسته له اداري کار سره تړي.
cli-arg-escale-procedure-link-id = د اداري کار ID.
cli-arg-escale-procedure-link-activity = د مرستې ID.
cli-arg-escale-procedure-link-unlink = د تړلو پر ځای اړیکه پرې کوي.
cli-arg-escale-procedure-link-json = پایله په JSON بڼه.
cli-about-escale-procedure-show = یو اداري کار ښيي: حالت، نېټې، اسناد، تاریخچه، تړلې مرستې.
cli-arg-escale-procedure-show-id = د اداري کار ID.
cli-arg-escale-procedure-show-json = پایله په JSON بڼه.
cli-about-escale-procedure-list = اداري کارونه ښيي، تر ټولو نږدې وروستۍ نېټه لومړی.
cli-arg-escale-procedure-list-beneficiary = یوازې د دې کس اداري کارونه.
cli-arg-escale-procedure-list-json = پایله په JSON بڼه.
cli-about-escale-catalogue = د اداري کارونو لېست: ښودل، د ادارې خپل اداري کارونه ورزیاتول، هغه پټول چې نه کارول کېږي.
cli-about-escale-catalogue-list = وړاندې شوي اداري کارونه ښيي.
cli-arg-escale-catalogue-list-all = پټ شوي او ایستل شوي اداري کارونه هم.
cli-arg-escale-catalogue-list-json = پایله په JSON بڼه.
cli-about-escale-catalogue-add = یو اداري کار ورزیاتوي چې یوازې د دې ادارې وي.
cli-arg-escale-catalogue-add-label = د اداري کار نوم.
cli-arg-escale-catalogue-add-theme = اداري موضوع (د بېلګې په توګه social_sante، logement).
cli-arg-escale-catalogue-add-organisation = هغه اداره چې اداري کار ته رسېدګي کوي، د لېست څخه (د بېلګې په توګه caf، mairie).
cli-arg-escale-catalogue-add-documents = غوښتل شوی سند، له لېست څخه (څو ځله راتلای شي).
cli-arg-escale-catalogue-add-delay = د ځواب معمولي موده، په ورځو.
cli-arg-escale-catalogue-add-json = پایله په JSON بڼه.
cli-about-escale-catalogue-hide = د لېست یو اداري کار پټوي (هغه اداري کارونه چې پیل شوي، پاتې کېږي).
cli-arg-escale-catalogue-hide-id = د لېست د اداري کار ID.
cli-arg-escale-catalogue-hide-json = پایله په JSON بڼه.
cli-about-escale-catalogue-show = یو پټ شوی اداري کار بیا وړاندې کوي.
cli-arg-escale-catalogue-show-id = د لېست د اداري کار ID.
cli-arg-escale-catalogue-show-json = پایله په JSON بڼه.
cli-about-escale-follow-up = د تعقیب لپاره: ځنډېدلي، نن او په راتلونکو ۷ ورځو کې (وروستۍ نېټې، تمدیدونه، اظهارنامې، بند پاتې اداري کارونه، بیا زنګونه).
cli-arg-escale-follow-up-on = هغه ورځ چې په پام کې ونیول شي (YYYY-MM-DD)، په عادي حالت کې نن.
cli-arg-escale-follow-up-count = یوازې د توکو شمېر.
cli-arg-escale-follow-up-json = پایله په JSON بڼه.

cli-about-escale-consent = د یو کس رضایتونه: ثبتول، بېرته اخیستل، لېست.
cli-about-escale-consent-record = د یو کس رضایت ثبتوي.
cli-arg-escale-consent-record-beneficiary = د کس ID.
cli-arg-escale-consent-record-method = رضایت یې څنګه ورکړ: oral یا signed_form (لاسلیک شوی فورم).
cli-arg-escale-consent-record-purposes = منل شوې موخه (څو ځله راتلای شي): file_follow_up، administrative_procedures، contact_reminders یا partner_referral.
cli-arg-escale-consent-record-date = د رضایت نېټه (YYYY-MM-DD؛ په عادي حالت کې نن).
cli-arg-escale-consent-record-json = پایله په JSON بڼه.
cli-about-escale-consent-withdraw = د رضایت بېرته اخیستل ثبتوي (رضایت د ثبوت په توګه پاتې کېږي).
cli-arg-escale-consent-withdraw-id = د رضایت ID.
cli-arg-escale-consent-withdraw-date = د بېرته اخیستلو نېټه (YYYY-MM-DD؛ په عادي حالت کې نن).
cli-arg-escale-consent-withdraw-json = پایله په JSON بڼه.
cli-about-escale-consent-list = د یو کس رضایتونه ښيي، نوی لومړی.
cli-arg-escale-consent-list-beneficiary = د کس ID.
cli-arg-escale-consent-list-json = پایله په JSON بڼه.

cli-about-escale-person = د یو کس حقونه: د معلوماتو کاپي، پاکول.
cli-about-escale-person-export = هر هغه څه لیکي چې Escale د یو کس په اړه لري: د هغه په ژبه د لوستلو وړ سند، یا JSON.
cli-arg-escale-person-export-id = د کس ID.
cli-arg-escale-person-export-out = هغه فایل چې لیکل کېږي (یوازې ستاسو حساب یې لوستلای شي).
cli-arg-escale-person-export-json = فایل د لوستلو وړ متن پر ځای په JSON بڼه ولیکئ.
cli-about-escale-person-erase = د یو کس هویت، د اړیکې معلومات او یادښتونه د تل لپاره پاکوي؛ مرستې یې بې نومه، د احصایې لپاره پاتې کېږي.
cli-arg-escale-person-erase-id = د کس ID.
cli-arg-escale-person-erase-yes = بې له تایید غوښتلو پاک کړئ (د سکرېپټونو لپاره).
cli-arg-escale-person-erase-preview = یوازې وښایئ چې څه به پاک شي، بې له دې چې څه بدل شي.
cli-arg-escale-person-erase-json = پایله په JSON بڼه.

cli-about-escale-retention = د دوسیو د ساتلو موده: کتل، بدلول، مخکې کتل، پلي کول.
cli-about-escale-retention-show = د ساتلو موده ښيي.
cli-arg-escale-retention-show-json = پایله په JSON بڼه.
cli-about-escale-retention-set = د ساتلو موده بدلوي (له وروستۍ مرستې وروسته له ۱ تر ۱۲۰ میاشتو پورې).
cli-arg-escale-retention-set-months = د میاشتو شمېر.
cli-arg-escale-retention-set-json = پایله په JSON بڼه.
cli-about-escale-retention-preview = هغه دوسیې ښيي چې په یوه نېټه به بې نومه شي، او له کله راهیسې باید شوې وای.
cli-arg-escale-retention-preview-on = نېټه (YYYY-MM-DD؛ په عادي حالت کې نن).
cli-arg-escale-retention-preview-json = پایله په JSON بڼه.
cli-about-escale-retention-apply = هغه دوسیې اوس بې نومه کوي چې د ساتلو موده یې تېره شوې ده.
cli-arg-escale-retention-apply-json = پایله په JSON بڼه.

cli-about-escale-audit = د لاسرسي ریکارډ: چا کومه دوسیه کتلې یا بدله کړې، او کله.
cli-about-escale-audit-list = ریکارډ ښيي، نوی لومړی.
cli-arg-escale-audit-list-person = یوازې هغه څه چې د دې کس له دوسیې سره تړاو لري.
cli-arg-escale-audit-list-limit = د کرښو تر ټولو زیات شمېر.
cli-arg-escale-audit-list-offset = هغه کرښې چې پرېښودل شي (د راتلونکې پاڼې د لوستلو لپاره).
cli-arg-escale-audit-list-json = پایله په JSON بڼه.

cli-prompt-passphrase = پټه جمله:
cli-prompt-new-passphrase = نوې پټه جمله (لږ تر لږه ۱۰ توري):
cli-prompt-repeat-passphrase = پټه جمله بیا ولیکئ:
cli-passphrases-differ = دواړه پټې جملې یو شان نه دي. هېڅ شی نه دی جوړ شوی.
cli-initialised-keyring = کوډ شوی ډېټابېس په { $path } کې جوړ شو. د هغه کیلي د سیسټم د کیلیو په ځای کې ده.
cli-initialised-passphrase = کوډ شوی ډېټابېس په { $path } کې جوړ شو. ستاسو په پټې جملې خوندي دی: بې له هغې معلومات له لاسه ځي.
cli-demo-done = د نمونې معلومات ورزیات شول: { $people } کسان، { $activities } فعالیتونه چې { $workshops } یې ورکشاپونه دي، { $procedures } اداري کارونه.
cli-nobody-found = هېڅ کس سمون نه خوري.
cli-procedure-dates = دوسیه: { $reference } · وروستۍ نېټه: { $deadline } · تمدید: { $renewal } · بیا زنګ: { $callBack }
cli-procedure-linked-activity = تړلې مرسته: { $id } ({ $date })
cli-catalogue-hidden = (پټ)
cli-catalogue-retired = (ایستل شوی)
cli-follow-up-overdue = ځنډېدلي ({ $count })
cli-follow-up-today = نن ({ $count })
cli-follow-up-week = په راتلونکو ۷ ورځو کې ({ $count })
cli-follow-up-nothing = اوس مهال د تعقیب لپاره هېڅ نشته.
cli-follow-up-count = د تعقیب لپاره: { $overdue } ځنډېدلي، { $today } نن، { $week } په راتلونکو ۷ ورځو کې.
cli-anonymous-person = بې نومه کس
cli-beneficiary-details = { $birthYear ->
    [none] د زېږېدو کال نامعلوم
   *[other] د زېږېدو کال { $birthYear } ({ $ageBand })
} · { $gender } · { $commune } · اسناد په { $documentLanguage }
cli-output-failed = پایله ونه لیکل شوه.
cli-consent-withdrawn-on = په { $date } بېرته اخیستل شوی
cli-export-written = د کس معلومات په { $path } کې ولیکل شول. دا فایل کوډ شوی نه دی: کس ته یې ورکړئ، بیا یې ړنګ کړئ.
cli-erase-preview-title = د { $name } ({ $id }) د دوسیې پاکول:
cli-erase-preview-fields = پاکېږي: { $fields }؛
cli-erase-preview-no-fields = د هویت یا اړیکې هېڅ خانه ډکه نه ده؛
cli-erase-preview-texts = تشېږي: { $accompaniments ->
    [0] د مرستې هېڅ یادښت نشته
    [one] د یوې مرستې یادښتونه
   *[other] د { $accompaniments } مرستو یادښتونه
}، { $procedures ->
    [0] د اداري کار هېڅ شمېره یا یادښت نشته
    [one] د یو اداري کار شمېره او یادښتونه
   *[other] د { $procedures } اداري کارونو شمېرې او یادښتونه
}، { $statusNotes ->
    [0] د حالت د بدلون هېڅ یادښت نشته
    [one] د حالت د بدلون یو یادښت
   *[other] د حالت د بدلون { $statusNotes } یادښتونه
}؛
cli-erase-preview-kept = بې له نوم، د احصایې لپاره پاتې کېږي: { $accompaniments ->
    [0] هېڅ مرسته نه
    [one] یوه مرسته
   *[other] { $accompaniments } مرستې
}، { $procedures ->
    [0] هېڅ اداري کار نه
    [one] یو اداري کار (ډول، حالت، وروستۍ نېټه)
   *[other] { $procedures } اداري کارونه (ډول، حالت، وروستۍ نېټه)
}، { $consents ->
    [0] هېڅ رضایت نه
    [one] یو رضایت
   *[other] { $consents } رضایتونه
}، او همدارنګه د زېږېدو کال، جنس، ټولنیز حالت او ښار.
cli-erase-confirm = دا پاکول د تل لپاره دي. د تایید لپاره «{ $word }» ولیکئ:
cli-erase-confirm-word = پاکول
cli-erase-cancelled = هېڅ شی نه دی پاک شوی.
cli-erase-needs-confirmation = پاکول د تل لپاره دي او هېڅ شی نه دی پاک شوی: کمانډ په ټرمینل کې وچلوئ ترڅو وګورئ چې څه به پاک شي او تایید یې کړئ، یا --yes ورزیات کړئ.
cli-erase-done = د { $id } دوسیې هویت، د اړیکې معلومات او یادښتونه پاک شول.
cli-erase-log-busy = بل پروګرام ډېټابېس لولي: زړې کاپي د هغه د لیکلو په ریکارډ (log) کې پاتې کېږي تر هغه چې وروستی پروګرام یې وتړي.
cli-retention-months = د ساتلو موده: { $months ->
    [one] له وروستۍ مرستې وروسته { $months } میاشت.
   *[other] له وروستۍ مرستې وروسته { $months } میاشتې.
}
cli-retention-nobody-due = په دې نېټه هېڅ دوسیه بې نومه کېدو ته نه ده رسېدلې.
cli-retention-applied = { $anonymised ->
    [0] هېڅ دوسیه بې نومه نه شوه
    [one] یوه دوسیه بې نومه شوه
   *[other] { $anonymised } دوسیې بې نومه شوې
} (ساتنه: { $months ->
    [one] { $months } میاشت
   *[other] { $months } میاشتې
})؛ { $pruned ->
    [one] د ریکارډ { $pruned } زړه کرښه ړنګه شوه.
   *[other] د ریکارډ { $pruned } زړې کرښې ړنګې شوې.
}
cli-audit-empty = ریکارډ تش دی.
cli-audit-more = نورې کرښې هم شته: --offset { $offset }.

## Several mediators on one computer
cli-arg-escale-mediator = هغه مرستندوی چې معلومات یې پرانیستل کېږي، کله چې په دې کمپیوټر کې څو مرستندویان معلومات ساتي (وګورئ «escale mediator list»).
cli-about-escale-mediator = هغه مرستندویان چې په دې کمپیوټر کې خپل معلومات ساتي، هر یو په خپل ډېټابېس کې، د خپلې پټې جملې لاندې.
cli-about-escale-mediator-list = د دې کمپیوټر مرستندویان ښيي.
cli-arg-escale-mediator-list-json = پایله په JSON بڼه.
cli-about-escale-mediator-add = یو مرستندوی ورزیاتوي: نوی ډېټابېس، د هغه په پټې جملې خوندي (لیکل کېږي، یا متغیر ESCALE_NEW_PASSPHRASE).
cli-arg-escale-mediator-add-name = هغه نوم چې د مرستندویانو په لېست کې ښکاري.
cli-arg-escale-mediator-add-json = پایله په JSON بڼه.
cli-about-escale-mediator-rename = په لېست کې د یو مرستندوي نوم بدلوي.
cli-arg-escale-mediator-rename-id = د مرستندوي ID (وګورئ «escale mediator list»).
cli-arg-escale-mediator-rename-name = نوی نوم.
cli-arg-escale-mediator-rename-json = پایله په JSON بڼه.
cli-mediator-none = په دې کمپیوټر کې تر اوسه هېڅ مرستندوی معلومات نه لري.
cli-mediator-unnamed = (بې نومه)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] د سیسټم د کیلیو ځای
        [passphrase] پټه جمله
       *[other] ساتنه نامعلومه ده: د بیا ترلاسه کولو کیلي وکاروئ
    }
cli-mediator-added = مرستندوی ورزیات شو. معلومات یې په «--mediator { $id }» پرانیزئ.
cli-mediator-choose = په دې کمپیوټر کې څو مرستندویان خپل معلومات ساتي. خپل یې په «--mediator ID» وټاکئ (لېست: «escale mediator list»).
