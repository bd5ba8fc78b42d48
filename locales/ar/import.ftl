# استيراد أشخاص من ملف (نموذج الاستيراد الخاص بـ La Coop de la médiation numérique، جدول بيانات، CSV).

## ملفات تتعذّر قراءتها

error-import-file-empty = الملف فارغ: لا توجد أي خانة مملوءة.
error-import-file-too-large = الملف كبير جدًا (أكثر من { $max } ميغابايت). قسّمه إلى عدة ملفات.
error-import-not-a-spreadsheet = هذا الملف ليس جدول بيانات يمكن قراءته (XLSX أو CSV). قد يكون تالفًا أو ناقصًا: احفظه من جديد من برنامج الجداول بصيغة XLSX أو CSV.
error-import-sheet-missing = لا توجد في المصنّف ورقة باسم «{ $sheet }». أوراقه: { $sheets }.
error-import-too-many-rows = في الملف صفوف كثيرة جدًا (الحدّ هو { $max }). قسّمه إلى عدة ملفات.
error-import-too-many-columns = في الملف أعمدة كثيرة جدًا (الحدّ هو { $max }).
error-import-cell-too-long = الخانة { $column }{ $line } طويلة جدًا (الحدّ لكل خانة هو { $max } حرفًا).
error-import-header-row-missing = الصف { $line } من الملف فارغ أو غير موجود: لا يمكن أن يحمل عناوين الأعمدة.
error-import-column-unknown = لا يوجد عمود «{ $column }» في الملف: اذكر حرفه (A، B، C…) أو عنوانه.
error-import-field-unknown = «{ $field }» ليس حقلًا من حقول الشخص. الحقول: { $fields }.
error-import-name-column-missing = لم يُتعرَّف على أي عمود في الملف على أنه اسم العائلة أو الاسم الشخصي. حدّده (مثلًا --column last-name=A).

## ملاحظات على صف مستورد

error-import-commune-not-found = لم يُعثر على البلدية في القائمة الرسمية: استُورد الشخص من دون بلدية.
error-import-commune-ambiguous = يحمل هذا الاسم عدة بلديات: استُورد الشخص من دون بلدية. أضف الرمز البريدي للاختيار.
import-duplicate-of-line = الاسم نفسه وسنة الميلاد نفسها كما في الصف { $line } من الملف.
import-duplicate-of-existing = الاسم نفسه وسنة الميلاد نفسها كأشخاص مسجّلين من قبل (عددهم: { $count }).

## الحقول

import-field-name = الاسم واسم العائلة
import-field-lastName = اسم العائلة
import-field-firstName = الاسم الشخصي
import-field-birthYear = سنة الميلاد
import-field-gender = الجنس
import-field-socialStatus = الوضع الاجتماعي
import-field-commune = البلدية
import-field-communeInseeCode = رمز INSEE
import-field-communePostalCode = الرمز البريدي
import-field-phone = الهاتف
import-field-email = البريد الإلكتروني
import-field-notes = ملاحظات

## تقرير الصفوف المرفوضة (ملف CSV)

import-report-line = الصف
import-report-field = الحقل
import-report-reason = السبب
import-report-outcome = النتيجة
import-report-refused = صف مرفوض
import-report-kept = مستورد
import-report-likely-duplicate = تكرار محتمل

## سطر الأوامر

cli-about-escale-import = يستورد بيانات من أداة أخرى.
cli-about-escale-import-people = يستورد أشخاصًا من ملف XLSX أو CSV (يُتعرَّف على نموذج الاستيراد الخاص بـ La Coop de la médiation numérique كما هو). يعرض أولًا ما سيُستورد والتكرارات المحتملة والصفوف المرفوضة؛ الكل أو لا شيء.
cli-arg-escale-import-people-file = الملف المراد استيراده (XLSX أو CSV).
cli-arg-escale-import-people-sheet = ورقة المصنّف المراد قراءتها (الأولى افتراضيًا).
cli-arg-escale-import-people-header_row = الصف الذي يحمل عناوين الأعمدة (يُعثر عليه تلقائيًا افتراضيًا)؛ الأشخاص في الصفوف التالية.
cli-arg-escale-import-people-column = أين يُقرأ حقل: الحقل=العمود، العمود بحرفه أو بعنوانه (مثلًا phone=G، notes="ملاحظات")؛ الحقل=- لعدم قراءته. الحقول: last-name، first-name، birth-year، commune، insee-code، postal-code، phone، email، gender، social-status، notes.
cli-arg-escale-import-people-dry_run = عرض ما سيُستورد دون حفظ أي شيء.
cli-arg-escale-import-people-skip_duplicates = عدم استيراد التكرارات المحتملة.
cli-arg-escale-import-people-rejects = حفظ تقرير الصفوف المرفوضة والملاحظات في ملف CSV هذا.
cli-arg-escale-import-people-json = النتيجة بصيغة JSON.

cli-import-national-template = تم التعرّف على نموذج الاستيراد الخاص بـ La Coop de la médiation numérique: الورقة «{ $sheet }»، الأشخاص ابتداءً من الصف { $line }.
cli-import-column = { $field }: العمود { $column }
cli-import-summary = الصفوف المقروءة: { $lines }؛ الأشخاص المراد استيرادهم: { $accepted }؛ الصفوف المرفوضة: { $rejected }.
cli-import-duplicates = التكرارات المحتملة (الاسم نفسه وسنة الميلاد نفسها): { $count }.
cli-import-issue = الصف { $line } ({ $field }): { $reason }
cli-import-more-issues = … وملاحظات أخرى: { $count } (تقرير --rejects يذكرها كلها).
cli-import-report-written = حُفظ التقرير في { $path }.
cli-import-dry-run = تجربة: لم يُحفظ أي شيء.
cli-import-progress = استيراد الأشخاص
cli-import-done = الأشخاص المستوردون: { $imported }.
cli-import-skipped-duplicates = التكرارات المحتملة المتروكة جانبًا: { $count }.
