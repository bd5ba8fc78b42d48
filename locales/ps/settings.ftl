# Organisation settings: the organisation (name, SIRET, contact details), its places of activity and
# the directory of local partners to refer people to.

## Access log
audit-action-archive = آرشیف کول
audit-entity-partner = همکاره اداره

## Command line: the organisation
cli-about-escale-structure = اداره: نوم، SIRET، پته او د اړیکې معلومات.
cli-about-escale-structure-show = اداره ښيي.
cli-arg-escale-structure-show-json = پایله په JSON بڼه.
cli-about-escale-structure-set = د ادارې معلومات ورکوي؛ یوازې ورکړل شوي اختیارونه بدلېږي.
cli-arg-escale-structure-set-name = د ادارې نوم.
cli-arg-escale-structure-set-siret = د SIRET شمېره (۱۴ عددونه، تش ځایونه منل کېږي؛ د پاکولو لپاره "").
cli-arg-escale-structure-set-address = پته.
cli-arg-escale-structure-set-insee = د ښار INSEE کوډ (د پاکولو لپاره "").
cli-arg-escale-structure-set-postal_code = پوستي کوډ.
cli-arg-escale-structure-set-commune = د ښار نوم (که نه وي، له INSEE کوډ څخه معلومېږي).
cli-arg-escale-structure-set-phone = ټیلیفون.
cli-arg-escale-structure-set-email = د ایمیل پته.
cli-arg-escale-structure-set-json = پایله په JSON بڼه.
cli-structure-none = تر اوسه د ادارې معلومات نه دي ورکړل شوي (escale structure set --name …).
cli-structure-details =
    SIRET: { $siret }
    پته: { $address }
    ښار: { $commune }
    ټیلیفون: { $phone }
    ایمیل: { $email }

## Command line: places of activity
cli-about-escale-place = د کار ځایونه (پوسته‌خانه، د بس تمځایونه…): ورزیاتول، بدلول، لېست، آرشیف کول.
cli-about-escale-place-add = د کار یو ځای ورزیاتوي.
cli-arg-escale-place-add-name = د ځای نوم.
cli-arg-escale-place-add-address = پته.
cli-arg-escale-place-add-insee = د ښار INSEE کوډ.
cli-arg-escale-place-add-postal_code = پوستي کوډ.
cli-arg-escale-place-add-commune = د ښار نوم.
cli-arg-escale-place-add-json = پایله په JSON بڼه.
cli-about-escale-place-edit = د کار یو ځای بدلوي؛ یوازې ورکړل شوي اختیارونه بدلېږي.
cli-arg-escale-place-edit-id = د ځای ID.
cli-arg-escale-place-edit-name = نوی نوم.
cli-arg-escale-place-edit-address = نوې پته.
cli-arg-escale-place-edit-insee = د ښار INSEE کوډ (د پاکولو لپاره "").
cli-arg-escale-place-edit-postal_code = پوستي کوډ.
cli-arg-escale-place-edit-commune = د ښار نوم.
cli-arg-escale-place-edit-json = پایله په JSON بڼه.
cli-about-escale-place-list = د وړاندې شویو کاري ځایونو لېست ښيي.
cli-arg-escale-place-list-json = پایله په JSON بڼه.
cli-about-escale-place-archive = یو ځای آرشیف کوي: نور نه وړاندې کېږي، خو پخوانۍ مرستې یې نوم ساتي.
cli-arg-escale-place-archive-id = د ځای ID.
cli-arg-escale-place-archive-json = پایله په JSON بڼه.
cli-place-none = د کار هېڅ ځای نشته.
cli-place-archived = ځای آرشیف شو: { $name } ({ $id }). نور نه وړاندې کېږي؛ پخوانۍ مرستې یې نوم ساتي.

## Command line: partners
cli-about-escale-partner = د سیمې د همکارو ادارو لړلیک (CAF، CCAS، France Services، mission locale…): ورزیاتول، بدلول، لېست، آرشیف کول.
cli-about-escale-partner-add = لړلیک ته یوه همکاره اداره ورزیاتوي.
cli-arg-escale-partner-add-name = د همکارې ادارې نوم.
cli-arg-escale-partner-add-kind = ډول: administration، mediation_numerique، operateur_ou_organisme_en_charge، aide_sociale، insertion_professionnelle، aide_aux_demarches_administratives یا autre.
cli-arg-escale-partner-add-address = پته.
cli-arg-escale-partner-add-insee = د ښار INSEE کوډ.
cli-arg-escale-partner-add-postal_code = پوستي کوډ.
cli-arg-escale-partner-add-commune = د ښار نوم.
cli-arg-escale-partner-add-phone = ټیلیفون (لنډې شمېرې لکه 3230 منل کېږي).
cli-arg-escale-partner-add-email = د ایمیل پته.
cli-arg-escale-partner-add-hours = د کار وختونه (آزاد متن، څو کرښې کېدای شي).
cli-arg-escale-partner-add-notes = یادښتونه (چا ته مراجعه وشي، کوم اسناد راوړل شي…).
cli-arg-escale-partner-add-json = پایله په JSON بڼه.
cli-about-escale-partner-edit = یوه همکاره اداره بدلوي؛ یوازې ورکړل شوي اختیارونه بدلېږي.
cli-arg-escale-partner-edit-id = د همکارې ادارې ID.
cli-arg-escale-partner-edit-name = نوی نوم.
cli-arg-escale-partner-edit-kind = نوی ډول (وګورئ «escale partner add --help»).
cli-arg-escale-partner-edit-address = نوې پته.
cli-arg-escale-partner-edit-insee = د ښار INSEE کوډ (د پاکولو لپاره "").
cli-arg-escale-partner-edit-postal_code = پوستي کوډ.
cli-arg-escale-partner-edit-commune = د ښار نوم.
cli-arg-escale-partner-edit-phone = ټیلیفون.
cli-arg-escale-partner-edit-email = د ایمیل پته.
cli-arg-escale-partner-edit-hours = د کار وختونه.
cli-arg-escale-partner-edit-notes = یادښتونه.
cli-arg-escale-partner-edit-json = پایله په JSON بڼه.
cli-about-escale-partner-list = لړلیک د الفبې په ترتیب ښيي.
cli-arg-escale-partner-list-kind = یوازې د دې ډول همکارې ادارې.
cli-arg-escale-partner-list-json = پایله په JSON بڼه.
cli-about-escale-partner-archive = یوه همکاره اداره له لړلیک څخه لرې کوي.
cli-arg-escale-partner-archive-id = د همکارې ادارې ID.
cli-arg-escale-partner-archive-json = پایله په JSON بڼه.
cli-partner-none = په لړلیک کې هېڅ همکاره اداره نشته.
cli-partner-archived = همکاره اداره له لړلیک څخه لرې شوه: { $name } ({ $id }).

## Window: the organisation settings screen
settings-title = اداره
settings-sections = د دې پاڼې برخې
settings-saved = ثبت شو.
settings-edit = بدلول
settings-edit-named = { $name } بدل کړئ
settings-archive = آرشیف کول
settings-archive-named = { $name } آرشیف کړئ
settings-save-changes = بدلونونه ثبت کړئ
settings-address = پته
settings-commune = ښار
settings-phone = ټیلیفون
settings-email = د ایمیل پته

settings-structure-title = اداره
settings-structure-help = دا معلومات په هغو اسنادو کې راځي چې کسانو ته ورکول کېږي.
settings-structure-name = د ادارې نوم
settings-structure-siret = د SIRET شمېره
settings-structure-siret-help = ۱۴ عددونه، د Insee په خبرتیا (avis de situation) یا د معاش په پاڼه کې. اختیاري.
settings-structure-save = د ادارې معلومات ثبت کړئ
settings-structure-saved = د ادارې معلومات ثبت شول.
settings-mediators-title = د دې کمپیوټر مرستندویان
settings-mediators-help = هر یو خپل معلومات د خپلې پټې جملې لاندې ساتي.
settings-mediators-manage = یو مرستندوی ورزیات کړئ یا خپل نوم بدل کړئ (د امنیت پاڼه)

settings-places-title = د کار ځایونه
settings-places-help = هغه ځایونه چې د مرستې د ثبتولو پر وخت وړاندې کېږي (پوسته‌خانه، د بس تمځایونه، د یوې ټولنې خونه…). آرشیف شوی ځای نور نه وړاندې کېږي؛ پخوانۍ مرستې یې نوم ساتي.
settings-places-empty = تر اوسه د کار هېڅ ځای نشته.
settings-place-add-open = یو ځای ورزیات کړئ
settings-place-add = دا ځای ورزیات کړئ
settings-place-new-title = د کار نوی ځای
settings-place-edit-title = د کار ځای بدل کړئ
settings-place-name = د ځای نوم
settings-place-added = ځای ورزیات شو: { $name }.
settings-place-saved = ځای ثبت شو: { $name }.
settings-place-archived = ځای آرشیف شو: { $name }.
settings-place-archive-title = «{ $name }» آرشیف کړئ؟
settings-place-archive-text = دا به د نویو مرستو لپاره نور نه وړاندې کېږي. هغه مرستې چې مخکې ثبت شوې دي، نوم یې ساتي.

settings-partners-title = همکارې ادارې
settings-partners-help = د هغو ادارو لړلیک چې کسان ورته معرفي کېږي (CAF، CCAS، France Services، mission locale…): د دوی د اړیکې معلومات او د کار وختونه کېدای شي په ورکړل شویو اسنادو کې راشي.
settings-partners-empty = تر اوسه په لړلیک کې هېڅ همکاره اداره نشته.
settings-partners-empty-kind = د دې ډول هېڅ همکاره اداره نشته.
settings-partner-filter = وښایئ
settings-partner-filter-all = ټولې همکارې ادارې
settings-partner-add-open = یوه همکاره اداره ورزیات کړئ
settings-partner-add = دا همکاره اداره ورزیات کړئ
settings-partner-new-title = نوې همکاره اداره
settings-partner-edit-title = همکاره اداره بدله کړئ
settings-partner-name = د همکارې ادارې نوم
settings-partner-kind = د ادارې ډول
settings-partner-hours = د کار وختونه
settings-partner-hours-help = هغسې چې کس ته یې وایئ، که اړتیا وي په څو کرښو: «له دوشنبې تر جمعې 8:30 – 12:00».
settings-partner-notes = یادښتونه
settings-partner-notes-help = ستاسو لپاره: چا ته مراجعه وشي، کوم اسناد راوړل شي… په ورکړل شویو اسنادو کې نه راځي.
settings-partner-added = همکاره اداره ورزیاته شوه: { $name }.
settings-partner-saved = همکاره اداره ثبت شوه: { $name }.
settings-partner-archived = همکاره اداره له لړلیک څخه لرې شوه: { $name }.
settings-partner-archive-title = «{ $name }» له لړلیک څخه لرې کړئ؟
settings-partner-archive-text = نور به نه وړاندې کېږي. که اړتیا وه، بیا یې ورزیاتولای شئ.
