## Print or save a paper to hand over (window)

print-summary = Print the summary
print-procedure-sheet = Print the sheet
print-consent-form = Print the consent form
print-title-summary = Summary of the accompaniment to hand over
print-title-procedure-sheet = Procedure sheet to hand over
print-title-consent-form = Consent form to have signed
print-explanation = Escale saves the document as a PDF, then you open it to print it. You can also keep it on a USB key.
print-language = Language of the document
print-language-french-only = French only
# $language: the language's name ("العربية (Arabic)").
print-language-both = French and { $language }
print-folder = Folder to save in (USB key or Documents)
print-file-name = File name
print-file-name-help = Avoid putting the person's name in it: others can see file names.
print-save = Save the PDF
print-saving = Making the document…
print-saved = { $pages ->
    [one] Document saved ({ $pages } page): { $path }
   *[other] Document saved ({ $pages } pages): { $path }
}
print-open = Open to print
print-opened = The document opens in the PDF viewer: print it from its window (Ctrl+P).
print-close = Close
print-replace-question = A file "{ $name }" is already in this folder. Replace it with the new document?
print-replace = Replace
print-other-name = Choose another name

# Errors while saving a document.
error-save-file-exists = A file "{ $name }" is already in { $path }. Nothing was saved.
error-file-name-invalid = This file name will not do: it needs at least one character, no dot at the start, and none of these signs: / \ : * ? " < > |
error-viewer-not-started = The document is saved, but no PDF viewer could be opened. Open the file from the file manager to print it.
