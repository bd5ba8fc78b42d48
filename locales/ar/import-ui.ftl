# شاشة «استيراد أشخاص» في النافذة: الملف، والأعمدة، والمعاينة، والاستيراد.

import-ui-open = استيراد أشخاص
import-ui-title = استيراد أشخاص
import-ui-intro = من نموذج الاستيراد الخاص بـ La Coop de la médiation numérique أو من أي جدول بيانات (XLSX أو CSV). لا يُحفظ شيء قبل الخطوة الأخيرة.

## 1. الملف

import-ui-step-file = 1. الملف
import-ui-found-files = جداول بيانات وُجدت في مستنداتك وعلى مفاتيح USB
import-ui-found-files-choose = { $count ->
    [zero] لم يوجد أي ملف
    [one] اختر الملف الذي وُجد…
    [two] اختر من بين الملفين اللذين وُجدا…
    [few] اختر من بين { $count } ملفات وُجدت…
    [many] اختر من بين { $count } ملفًا وُجد…
   *[other] اختر من بين { $count } ملف وُجد…
}
import-ui-found-in-documents = { $name } (المستندات)
import-ui-found-on-key = { $name } (مفتاح USB)
import-ui-path = مسار الملف المراد استيراده (XLSX أو CSV)
import-ui-path-help = اكتب المسار الكامل للملف، أو اختره من القائمة أعلاه.
import-ui-path-help-typed = اكتب المسار الكامل للملف (لم يُعثر على أي جدول بيانات في مستنداتك ولا على مفتاح USB).
import-ui-read = قراءة الملف
import-ui-read-again = إعادة قراءة الملف
import-ui-reading = جارٍ قراءة الملف…
import-ui-file-read = الملف المقروء: { $name }
import-ui-sheet = ورقة المصنف المراد قراءتها
error-import-ui-path-required = حدّد الملف المراد استيراده.
error-import-file-not-read = لم يعد الملف في الذاكرة: اقرأه من جديد.

## 2. الأعمدة

import-ui-step-columns = 2. الأعمدة
import-ui-national-template = تم التعرّف على نموذج الاستيراد الخاص بـ La Coop de la médiation numérique: أعمدته معروفة، ولا شيء للاختيار.
import-ui-columns-intro = لكل معلومة، عمود الملف الذي يحتويها. خمّنه Escale من عناوين الأعمدة: تحقّق منه وغيّره عند الحاجة.
import-ui-header-line = سطر عناوين الأعمدة
import-ui-header-line-help = الأشخاص في الأسطر التالية. غيّره إذا أخطأ Escale في اختيار السطر.
import-ui-column-none = لا تستورد
import-ui-column-option = العمود { $letter }: { $header }
import-ui-column-option-untitled = العمود { $letter } (بلا عنوان)
import-ui-column-example = مثال: { $example }
import-ui-name-column-needed = اختر عمود اسم العائلة أو الاسم الشخصي: بدونه لا يمكن استيراد أي شخص.

## 3. المعاينة

import-ui-step-preview = 3. ما سيتم استيراده
import-ui-previewing = جارٍ تحديث المعاينة…
import-ui-accepted = { $count ->
    [zero] لن يُستورد أي شخص
    [one] سيُستورد شخص واحد
    [two] سيُستورد شخصان
    [few] سيُستورد { $count } أشخاص
    [many] سيُستورد { $count } شخصًا
   *[other] سيُستورد { $count } شخص
} (من أصل { $lines ->
    [zero] { $lines } سطر مقروء
    [one] سطر واحد مقروء
    [two] سطرين مقروءين
    [few] { $lines } أسطر مقروءة
    [many] { $lines } سطرًا مقروءًا
   *[other] { $lines } سطر مقروء
}).
import-ui-duplicates = { $count ->
    [zero] لا توجد تكرارات محتملة (الاسم نفسه وسنة الميلاد نفسها).
    [one] تكرار محتمل واحد (الاسم نفسه وسنة الميلاد نفسها).
    [two] تكراران محتملان (الاسم نفسه وسنة الميلاد نفسها).
    [few] { $count } تكرارات محتملة (الاسم نفسه وسنة الميلاد نفسها).
    [many] { $count } تكرارًا محتملًا (الاسم نفسه وسنة الميلاد نفسها).
   *[other] { $count } تكرار محتمل (الاسم نفسه وسنة الميلاد نفسها).
}
import-ui-rejected = { $count ->
    [zero] لا توجد أسطر مرفوضة.
    [one] سطر واحد مرفوض.
    [two] سطران مرفوضان.
    [few] { $count } أسطر مرفوضة.
    [many] { $count } سطرًا مرفوضًا.
   *[other] { $count } سطر مرفوض.
}
import-ui-duplicates-title = تكرارات محتملة
import-ui-duplicate-of-existing = السطر { $line }: { $name } يشبه { $count ->
    [zero] { $count } شخص مسجّل من قبل
    [one] شخصًا مسجّلًا من قبل
    [two] شخصين مسجّلين من قبل
    [few] { $count } أشخاص مسجّلين من قبل
    [many] { $count } شخصًا مسجّلًا من قبل
   *[other] { $count } شخص مسجّل من قبل
}: { $existing }.
import-ui-duplicate-of-line = السطر { $line }: { $name }، الاسم نفسه وسنة الميلاد نفسها كما في السطر { $earlier } من الملف.
import-ui-skip-duplicates = لا تستورد التكرارات المحتملة
import-ui-rejected-title = الأسطر المرفوضة
import-ui-remarks-title = أسطر مستوردة مع ملاحظة
import-ui-table-line = السطر
import-ui-table-field = الحقل
import-ui-table-reason = السبب
import-ui-more-issues = { $count ->
    [zero] … والتقرير يذكرها كلها.
    [one] … وواحد آخر: التقرير يذكرها كلها.
    [two] … واثنان آخران: التقرير يذكرها كلها.
    [few] … و{ $count } أخرى: التقرير يذكرها كلها.
    [many] … و{ $count } أخرى: التقرير يذكرها كلها.
   *[other] … و{ $count } أخرى: التقرير يذكرها كلها.
}

## التقرير

import-ui-report-title = تقرير الأسطر المرفوضة
import-ui-report-help = ملف CSV فيه كل سطر مرفوض وسببه، وكل ملاحظة وكل تكرار محتمل. لا يحتوي إلا على أرقام الأسطر والأسباب، ولا أي اسم.
import-ui-report-folder = المجلد الذي يُحفظ فيه التقرير
import-ui-save-report = حفظ التقرير
import-ui-report-saved = حُفظ التقرير «{ $name }»:
error-import-ui-folder-required = حدّد المجلد الذي يُحفظ فيه التقرير.

## 4. الاستيراد

import-ui-step-import = 4. الاستيراد
import-ui-all-or-nothing = الكل أو لا شيء: إذا أُلغي الاستيراد أو توقّف، لا يُحفظ أي شخص.
import-ui-run = { $count ->
    [zero] لا أحد للاستيراد
    [one] استيراد شخص واحد
    [two] استيراد شخصين
    [few] استيراد { $count } أشخاص
    [many] استيراد { $count } شخصًا
   *[other] استيراد { $count } شخص
}
import-ui-nothing-to-import = لا أحد للاستيراد: صحّح الملف أو الأعمدة المختارة.
import-ui-importing = جارٍ استيراد الأشخاص
import-ui-cancel = إلغاء الاستيراد
import-ui-cancelled = أُلغي الاستيراد: لم يُحفظ أي شخص.
import-ui-done-title = انتهى الاستيراد
import-ui-done = { $count ->
    [zero] لم يُستورد أي شخص.
    [one] استُورد شخص واحد.
    [two] استُورد شخصان.
    [few] استُورد { $count } أشخاص.
    [many] استُورد { $count } شخصًا.
   *[other] استُورد { $count } شخص.
}
import-ui-done-skipped = { $count ->
    [zero] لم يُترك أي تكرار محتمل جانبًا.
    [one] تُرك تكرار محتمل واحد جانبًا.
    [two] تُرك تكراران محتملان جانبًا.
    [few] تُركت { $count } تكرارات محتملة جانبًا.
    [many] تُرك { $count } تكرارًا محتملًا جانبًا.
   *[other] تُرك { $count } تكرار محتمل جانبًا.
}
import-ui-done-rejected = { $count ->
    [zero] لم يُرفض أي سطر.
    [one] لم يُستورد سطر واحد مرفوض.
    [two] لم يُستورد سطران مرفوضان.
    [few] لم تُستورد { $count } أسطر مرفوضة.
    [many] لم يُستورد { $count } سطرًا مرفوضًا.
   *[other] لم يُستورد { $count } سطر مرفوض.
}
import-ui-back-to-list = العودة إلى قائمة الأشخاص
import-ui-import-another = استيراد ملف آخر
