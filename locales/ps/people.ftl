# A person's file: correcting, deleting and restoring an accompaniment, the history,
# likely duplicates, merging two files and undoing the merge.

## Command line
cli-about-escale-activity-edit = یوه مرسته یا ورکشاپ سموي: یوازې ورکړل شوي اختیارونه بدلېږي.
cli-arg-escale-activity-edit-id = د فعالیت ID.
cli-arg-escale-activity-edit-date = نوې نېټه (YYYY-MM-DD).
cli-arg-escale-activity-edit-duration = نوې موده په دقیقو.
cli-arg-escale-activity-edit-themes = موضوع (ملي کوډ؛ څو ځله راتلای شي؛ ټولې موضوعګانې بدلوي).
cli-arg-escale-activity-edit-notes = نوي یادښتونه.
cli-arg-escale-activity-edit-next_steps = نوي راتلونکي ګامونه.
cli-arg-escale-activity-edit-json = پایله په JSON بڼه.
cli-about-escale-activity-delete = یو فعالیت ړنګوي. وروسته بېرته راګرځول کېدای شي.
cli-arg-escale-activity-delete-id = د فعالیت ID.
cli-arg-escale-activity-delete-json = پایله په JSON بڼه.
cli-about-escale-activity-restore = ړنګ شوی فعالیت بېرته راګرځوي.
cli-arg-escale-activity-restore-id = د فعالیت ID.
cli-arg-escale-activity-restore-json = پایله په JSON بڼه.
cli-activity-deleted = فعالیت { $id } ړنګ شو. د بېرته راګرځولو لپاره: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = د یو کس تاریخچه ښيي: مرستې، ورکشاپونه، د اداري کارونو ګامونه، له نوي څخه تر زاړه پورې.
cli-arg-escale-beneficiary-timeline-id = د کس ID.
cli-arg-escale-beneficiary-timeline-limit = د کرښو تر ټولو زیات شمېر.
cli-arg-escale-beneficiary-timeline-json = پایله په JSON بڼه.
cli-timeline-empty = د دې کس لپاره تر اوسه هېڅ شی نه دی ثبت شوی.
cli-about-escale-beneficiary-merge = د یو کس دوې دوسیې یو ځای کوي. بې له --yes یوازې دا ښيي چې یو ځای کول به څه وکړي.
cli-arg-escale-beneficiary-merge-kept = د هغې دوسیې ID چې ساتل کېږي.
cli-arg-escale-beneficiary-merge-other = د تکراري دوسیې ID، چې له ساتل شوې دوسیې سره به یو ځای شي.
cli-arg-escale-beneficiary-merge-yes = په رښتیا یو ځای یې کړئ.
cli-arg-escale-beneficiary-merge-json = پایله په JSON بڼه.
cli-merge-preview = ساتل شوې دوسیه به { $accompaniments ->
        [one] { $accompaniments } مرسته
       *[other] { $accompaniments } مرستې
    }، { $procedures ->
        [one] { $procedures } اداري کار
       *[other] { $procedures } اداري کارونه
    } او { $consents ->
        [one] { $consents } رضایت
       *[other] { $consents } رضایتونه
    } ترلاسه کړي. ډکې شوې خانې: { $fields }. د یو ځای کولو لپاره --yes ورزیات کړئ.
cli-merged = دوسیې یو ځای شوې. د لغوه کولو لپاره: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = یو ځای کول لغوه کوي: دواړه دوسیې بېرته لکه پخوا کېږي.
cli-arg-escale-beneficiary-unmerge-merge = د یو ځای کولو ID (کله چې وشو، ورکړل شو).
cli-arg-escale-beneficiary-unmerge-json = پایله په JSON بڼه.
cli-unmerged = یو ځای کول لغوه شو. دوسیه { $id } بېرته راغله.
cli-likely-duplicate = پام وکړئ: یو کس چې همدا نوم او همدا د زېږېدو کال لري، له مخکې شته ({ $id }). که همدا کس وي، دوسیې یو ځای کړئ: escale beneficiary merge

## The person's file
undo = لغوه
file-timeline = تاریخچه
file-timeline-older = پخواني وګورئ
file-workshop-participants = { $count ->
        [one] { $count } ګډون‌وال
       *[other] { $count } ګډون‌وال
    }
file-activity-edit = سمول
file-activity-delete = ړنګول
file-activity-restore = بېرته راګرځول
file-activity-deleted = د { $date } مرسته ړنګه شوه.
file-activity-restored = مرسته بېرته راوګرځول شوه.
file-deleted-activities = { $count ->
        [one] { $count } ړنګه شوې مرسته
       *[other] { $count } ړنګې شوې مرستې
    }

## Merging two files
merge-open = له بلې دوسیې سره یو ځای کړئ
merge-title = بله دوسیه د { $name } له دوسیې سره یو ځای کړئ
merge-explanation = که دا کس دوې دوسیې لري، بله یې ولټوئ. همدا دوسیه ساتل کېږي؛ د بلې دوسیې مرستې، اداري کارونه او رضایتونه، او هغه معلومات چې دلته نشته، دې ته راځي.
merge-search = بله دوسیه ولټوئ (نوم یا تخلص)
merge-preview-into = د { $other } دوسیه به د { $kept } له دوسیې سره یو ځای شي.
merge-preview-no-field = ساتل شوې دوسیې ته هېڅ معلومات نه ورزیاتېږي.
merge-preview-fields = ساتل شوې دوسیې ته ورزیات شوي معلومات: { $fields }.
merge-preview-accompaniments = { $count ->
        [0] هېڅ مرسته نه لېږدول کېږي.
        [one] { $count } مرسته لېږدول کېږي.
       *[other] { $count } مرستې لېږدول کېږي.
    }
merge-preview-procedures = { $count ->
        [0] هېڅ اداري کار نه لېږدول کېږي.
        [one] { $count } اداري کار لېږدول کېږي.
       *[other] { $count } اداري کارونه لېږدول کېږي.
    }
merge-preview-consents = { $count ->
        [0] هېڅ رضایت نه لېږدول کېږي.
        [one] { $count } رضایت لېږدول کېږي.
       *[other] { $count } رضایتونه لېږدول کېږي.
    }
merge-preview-undo = تاسو کولای شئ یو ځای کول له همدې دوسیې څخه لغوه کړئ.
merge-field-name = د کس نوم
merge-confirm = دواړه دوسیې یو ځای کړئ
merge-done = دوسیې یو ځای شوې.
merge-undone = یو ځای کول لغوه شو: دواړه دوسیې بېرته راغلې.
merge-history = یو ځای کول
merge-made-on = دوسیه په { $date } یو ځای شوه
merge-undo = یو ځای کول لغوه کړئ

## Likely duplicates
duplicate-warning = ښايي دا کس له مخکې ثبت شوی وي (همدا نوم، همدا د زېږېدو کال):
duplicate-open = دوسیه یې پرانیزئ
