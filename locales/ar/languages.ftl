# Settings: Escale's languages and how far each translation has been checked.

languages-title = اللغات
languages-help = يتكلم Escale هذه اللغات. الترجمة المسودة لم يقرأها بعدُ شخص لغته الأم هذه اللغة: اطلب مراجعتها قبل عرضها على كثير من الناس.
languages-column-language = اللغة
languages-column-messages = النصوص المترجمة
languages-column-review = المراجعة
languages-messages = { $translated } من { $total }
languages-right-to-left = تُكتب من اليمين إلى اليسار
languages-review-reference = اللغة المرجعية
languages-review-drafted = مسودة بتاريخ { $date }، لم تُراجَع بعد
languages-review-drafted-undated = مسودة، لم تُراجَع بعد
languages-review-reviewed = رُوجعت في { $date } من طرف { $reviewer }
