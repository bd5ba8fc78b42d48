## Imprimir o guardar un documento para entregar (ventana)

print-summary = Imprimir el resumen
print-procedure-sheet = Imprimir la ficha
print-consent-form = Imprimir el formulario de consentimiento
print-title-summary = Resumen del acompañamiento para entregar
print-title-procedure-sheet = Ficha del trámite para entregar
print-title-consent-form = Formulario de consentimiento para firmar
print-explanation = Escale guarda el documento en PDF; después, usted lo abre para imprimirlo. También puede guardarlo en una memoria USB.
print-language = Idioma del documento
print-language-french-only = Solo francés
# $language: el nombre del idioma («العربية (árabe)»).
print-language-both = Francés y { $language }
print-folder = Carpeta donde guardar (memoria USB o Documentos)
print-file-name = Nombre del archivo
print-file-name-help = No ponga el nombre de la persona: otras personas pueden ver los nombres de los archivos.
print-save = Guardar el PDF
print-saving = Creando el documento…
print-saved = { $pages ->
    [one] Documento guardado ({ $pages } página): { $path }
    [many] Documento guardado ({ $pages } páginas): { $path }
   *[other] Documento guardado ({ $pages } páginas): { $path }
}
print-open = Abrir para imprimir
print-opened = El documento se abre en el lector de PDF: imprímalo desde esa ventana (Ctrl+P).
print-close = Cerrar
print-replace-question = Ya existe un archivo «{ $name }» en esta carpeta. ¿Reemplazarlo por el nuevo documento?
print-replace = Reemplazar
print-other-name = Elegir otro nombre

# Errores al guardar un documento.
error-save-file-exists = Ya existe un archivo «{ $name }» en { $path }. No se ha guardado nada.
error-file-name-invalid = Este nombre de archivo no sirve: necesita al menos un carácter, ningún punto al principio y ninguno de estos signos: / \ : * ? " < > |
error-viewer-not-started = El documento se ha guardado, pero no se ha podido abrir ningún lector de PDF. Abra el archivo desde el explorador de archivos para imprimirlo.
