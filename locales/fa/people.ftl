# A person's file: correcting, deleting and restoring an accompaniment, the history,
# likely duplicates, merging two files and undoing the merge.

## Command line
cli-about-escale-activity-edit = یک جلسهٔ کمک یا کارگاه را اصلاح می‌کند: فقط گزینه‌هایی که داده شده‌اند تغییر می‌کنند.
cli-arg-escale-activity-edit-id = شناسهٔ فعالیت.
cli-arg-escale-activity-edit-date = تاریخ جدید (YYYY-MM-DD).
cli-arg-escale-activity-edit-duration = مدت جدید به دقیقه.
cli-arg-escale-activity-edit-themes = موضوع (کد ملی؛ قابل تکرار؛ جای همهٔ موضوع‌ها را می‌گیرد).
cli-arg-escale-activity-edit-notes = یادداشت‌های جدید.
cli-arg-escale-activity-edit-next_steps = قدم‌های بعدی جدید.
cli-arg-escale-activity-edit-json = نتیجه به صورت JSON.
cli-about-escale-activity-delete = یک فعالیت را حذف می‌کند. بعداً می‌توان آن را برگرداند.
cli-arg-escale-activity-delete-id = شناسهٔ فعالیت.
cli-arg-escale-activity-delete-json = نتیجه به صورت JSON.
cli-about-escale-activity-restore = یک فعالیت حذف‌شده را برمی‌گرداند.
cli-arg-escale-activity-restore-id = شناسهٔ فعالیت.
cli-arg-escale-activity-restore-json = نتیجه به صورت JSON.
cli-activity-deleted = فعالیت { $id } حذف شد. برای برگرداندن آن: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = تاریخچهٔ یک شخص را نشان می‌دهد: جلسه‌های کمک، کارگاه‌ها، مرحله‌های کارهای اداری، از تازه‌ترین تا قدیمی‌ترین.
cli-arg-escale-beneficiary-timeline-id = شناسهٔ شخص.
cli-arg-escale-beneficiary-timeline-limit = حداکثر تعداد سطرها.
cli-arg-escale-beneficiary-timeline-json = نتیجه به صورت JSON.
cli-timeline-empty = هنوز چیزی برای این شخص ثبت نشده است.
cli-about-escale-beneficiary-merge = دو پروندهٔ یک شخص را یکی می‌کند. بدون --yes فقط نشان می‌دهد که یکی کردن چه خواهد کرد.
cli-arg-escale-beneficiary-merge-kept = شناسهٔ پرونده‌ای که نگه داشته می‌شود.
cli-arg-escale-beneficiary-merge-other = شناسهٔ پروندهٔ تکراری که با پروندهٔ نگه‌داشته‌شده یکی می‌شود.
cli-arg-escale-beneficiary-merge-yes = واقعاً یکی کن.
cli-arg-escale-beneficiary-merge-json = نتیجه به صورت JSON.
cli-merge-preview = پروندهٔ نگه‌داشته‌شده این‌ها را می‌گیرد: { $accompaniments ->
        [one] { $accompaniments } جلسهٔ کمک
       *[other] { $accompaniments } جلسهٔ کمک
    }، { $procedures ->
        [one] { $procedures } کار اداری
       *[other] { $procedures } کار اداری
    } و { $consents ->
        [one] { $consents } رضایت
       *[other] { $consents } رضایت
    }. بخش‌های پرشده: { $fields }. برای یکی کردن، --yes را اضافه کنید.
cli-merged = پرونده‌ها یکی شدند. برای لغو: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = یکی کردن را لغو می‌کند: دو پرونده مثل قبل می‌شوند.
cli-arg-escale-beneficiary-unmerge-merge = شناسهٔ یکی کردن (هنگام انجام آن داده شده است).
cli-arg-escale-beneficiary-unmerge-json = نتیجه به صورت JSON.
cli-unmerged = یکی کردن لغو شد. پروندهٔ { $id } برگشت.
cli-likely-duplicate = توجه: شخصی با همین نام و همین سال تولد از قبل وجود دارد ({ $id }). اگر همان شخص است، پرونده‌ها را یکی کنید: escale beneficiary merge

## The person's file
undo = لغو
file-timeline = تاریخچه
file-timeline-older = دیدن موارد قدیمی‌تر
file-workshop-participants = { $count ->
        [one] { $count } شرکت‌کننده
       *[other] { $count } شرکت‌کننده
    }
file-activity-edit = اصلاح
file-activity-delete = حذف
file-activity-restore = برگرداندن
file-activity-deleted = جلسهٔ کمکِ تاریخ { $date } حذف شد.
file-activity-restored = جلسهٔ کمک برگردانده شد.
file-deleted-activities = { $count ->
        [one] { $count } جلسهٔ کمک حذف‌شده
       *[other] { $count } جلسهٔ کمک حذف‌شده
    }

## Merging two files
merge-open = یکی کردن با پروندهٔ دیگر
merge-title = یکی کردن پروندهٔ دیگری با پروندهٔ { $name }
merge-explanation = اگر این شخص دو پرونده دارد، پروندهٔ دیگر را پیدا کنید. همین پرونده نگه داشته می‌شود؛ جلسه‌های کمک، کارهای اداری و رضایت‌های پروندهٔ دیگر، و اطلاعاتی که در این پرونده کم است، به آن اضافه می‌شود.
merge-search = جستجوی پروندهٔ دیگر (نام یا نام خانوادگی)
merge-preview-into = پروندهٔ { $other } با پروندهٔ { $kept } یکی می‌شود.
merge-preview-no-field = هیچ اطلاعاتی به پروندهٔ نگه‌داشته‌شده اضافه نمی‌شود.
merge-preview-fields = اطلاعاتی که به پروندهٔ نگه‌داشته‌شده اضافه می‌شود: { $fields }.
merge-preview-accompaniments = { $count ->
        [0] هیچ جلسهٔ کمکی منتقل نمی‌شود.
        [one] { $count } جلسهٔ کمک منتقل می‌شود.
       *[other] { $count } جلسهٔ کمک منتقل می‌شود.
    }
merge-preview-procedures = { $count ->
        [0] هیچ کار اداری‌ای منتقل نمی‌شود.
        [one] { $count } کار اداری منتقل می‌شود.
       *[other] { $count } کار اداری منتقل می‌شود.
    }
merge-preview-consents = { $count ->
        [0] هیچ رضایتی منتقل نمی‌شود.
        [one] { $count } رضایت منتقل می‌شود.
       *[other] { $count } رضایت منتقل می‌شود.
    }
merge-preview-undo = بعداً می‌توانید یکی کردن را از همین پرونده لغو کنید.
merge-field-name = نام شخص
merge-confirm = یکی کردن دو پرونده
merge-done = پرونده‌ها یکی شدند.
merge-undone = یکی کردن لغو شد: هر دو پرونده برگشتند.
merge-history = پرونده‌های یکی‌شده
merge-made-on = پرونده در تاریخ { $date } یکی شد
merge-undo = لغو یکی کردن

## Likely duplicates
duplicate-warning = شاید این شخص از قبل ثبت شده باشد (همان نام، همان سال تولد):
duplicate-open = باز کردن پروندهٔ او
