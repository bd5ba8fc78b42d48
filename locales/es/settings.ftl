# Configuración de la organización: la organización (nombre, SIRET, datos de contacto), sus lugares de
# actividad y el directorio de organismos asociados locales a los que derivar a las personas.

## Registro de accesos
audit-action-archive = archivado
audit-entity-partner = organismo asociado

## Línea de comandos: la organización
cli-about-escale-structure = La organización: nombre, SIRET, dirección y datos de contacto.
cli-about-escale-structure-show = Muestra la organización.
cli-arg-escale-structure-show-json = Resultado en JSON.
cli-about-escale-structure-set = Indica los datos de la organización; solo cambian las opciones indicadas.
cli-arg-escale-structure-set-name = Nombre de la organización.
cli-arg-escale-structure-set-siret = Número SIRET (14 cifras, se permiten espacios; "" para borrarlo).
cli-arg-escale-structure-set-address = Dirección.
cli-arg-escale-structure-set-insee = Código INSEE del municipio ("" para borrarlo).
cli-arg-escale-structure-set-postal_code = Código postal.
cli-arg-escale-structure-set-commune = Nombre del municipio (se deduce del código INSEE si falta).
cli-arg-escale-structure-set-phone = Teléfono.
cli-arg-escale-structure-set-email = Dirección de correo electrónico.
cli-arg-escale-structure-set-json = Resultado en JSON.
cli-structure-none = Todavía no se ha indicado ninguna organización (escale structure set --name …).
cli-structure-details =
    SIRET: { $siret }
    Dirección: { $address }
    Municipio: { $commune }
    Teléfono: { $phone }
    Correo electrónico: { $email }

## Línea de comandos: los lugares de actividad
cli-about-escale-place = Lugares de actividad (oficina de correos, paradas del autobús…): añadir, modificar, listar, archivar.
cli-about-escale-place-add = Añade un lugar de actividad.
cli-arg-escale-place-add-name = Nombre del lugar.
cli-arg-escale-place-add-address = Dirección.
cli-arg-escale-place-add-insee = Código INSEE del municipio.
cli-arg-escale-place-add-postal_code = Código postal.
cli-arg-escale-place-add-commune = Nombre del municipio.
cli-arg-escale-place-add-json = Resultado en JSON.
cli-about-escale-place-edit = Modifica un lugar de actividad; solo cambian las opciones indicadas.
cli-arg-escale-place-edit-id = Identificador del lugar.
cli-arg-escale-place-edit-name = Nuevo nombre.
cli-arg-escale-place-edit-address = Nueva dirección.
cli-arg-escale-place-edit-insee = Código INSEE del municipio ("" para borrarlo).
cli-arg-escale-place-edit-postal_code = Código postal.
cli-arg-escale-place-edit-commune = Nombre del municipio.
cli-arg-escale-place-edit-json = Resultado en JSON.
cli-about-escale-place-list = Lista los lugares de actividad disponibles.
cli-arg-escale-place-list-json = Resultado en JSON.
cli-about-escale-place-archive = Archiva un lugar: ya no se propone, y los acompañamientos pasados conservan su nombre.
cli-arg-escale-place-archive-id = Identificador del lugar.
cli-arg-escale-place-archive-json = Resultado en JSON.
cli-place-none = Ningún lugar de actividad.
cli-place-archived = Lugar archivado: { $name } ({ $id }). Ya no se propone; los acompañamientos pasados conservan su nombre.

## Línea de comandos: los organismos asociados
cli-about-escale-partner = Directorio de organismos asociados locales (CAF, CCAS, France Services, mission locale…): añadir, modificar, listar, archivar.
cli-about-escale-partner-add = Añade un organismo asociado al directorio.
cli-arg-escale-partner-add-name = Nombre del organismo asociado.
cli-arg-escale-partner-add-kind = Tipo: administration, mediation_numerique, operateur_ou_organisme_en_charge, aide_sociale, insertion_professionnelle, aide_aux_demarches_administratives o autre.
cli-arg-escale-partner-add-address = Dirección.
cli-arg-escale-partner-add-insee = Código INSEE del municipio.
cli-arg-escale-partner-add-postal_code = Código postal.
cli-arg-escale-partner-add-commune = Nombre del municipio.
cli-arg-escale-partner-add-phone = Teléfono (se aceptan números cortos como 3230).
cli-arg-escale-partner-add-email = Dirección de correo electrónico.
cli-arg-escale-partner-add-hours = Horario de atención (texto libre, puede tener varias líneas).
cli-arg-escale-partner-add-notes = Notas (a quién dirigirse, papeles que llevar…).
cli-arg-escale-partner-add-json = Resultado en JSON.
cli-about-escale-partner-edit = Modifica un organismo asociado; solo cambian las opciones indicadas.
cli-arg-escale-partner-edit-id = Identificador del organismo asociado.
cli-arg-escale-partner-edit-name = Nuevo nombre.
cli-arg-escale-partner-edit-kind = Nuevo tipo (vea «escale partner add --help»).
cli-arg-escale-partner-edit-address = Nueva dirección.
cli-arg-escale-partner-edit-insee = Código INSEE del municipio ("" para borrarlo).
cli-arg-escale-partner-edit-postal_code = Código postal.
cli-arg-escale-partner-edit-commune = Nombre del municipio.
cli-arg-escale-partner-edit-phone = Teléfono.
cli-arg-escale-partner-edit-email = Dirección de correo electrónico.
cli-arg-escale-partner-edit-hours = Horario de atención.
cli-arg-escale-partner-edit-notes = Notas.
cli-arg-escale-partner-edit-json = Resultado en JSON.
cli-about-escale-partner-list = Lista el directorio, por orden alfabético.
cli-arg-escale-partner-list-kind = Solo los organismos asociados de este tipo.
cli-arg-escale-partner-list-json = Resultado en JSON.
cli-about-escale-partner-archive = Quita un organismo asociado del directorio.
cli-arg-escale-partner-archive-id = Identificador del organismo asociado.
cli-arg-escale-partner-archive-json = Resultado en JSON.
cli-partner-none = No hay ningún organismo asociado en el directorio.
cli-partner-archived = Organismo asociado quitado del directorio: { $name } ({ $id }).

## Ventana: la pantalla de configuración de la organización
settings-title = Organización
settings-sections = Partes de la pantalla
settings-saved = Guardado.
settings-edit = Modificar
settings-edit-named = Modificar { $name }
settings-archive = Archivar
settings-archive-named = Archivar { $name }
settings-save-changes = Guardar los cambios
settings-address = Dirección
settings-commune = Municipio
settings-phone = Teléfono
settings-email = Correo electrónico

settings-structure-title = La organización
settings-structure-help = Estos datos aparecen en los documentos que se entregan a las personas.
settings-structure-name = Nombre de la organización
settings-structure-siret = Número SIRET
settings-structure-siret-help = 14 cifras, en el avis de situation del Insee o en un recibo de sueldo. Opcional.
settings-structure-save = Guardar la organización
settings-structure-saved = Los datos de la organización se han guardado.
settings-mediators-title = Mediadores y mediadoras de esta computadora
settings-mediators-help = Cada uno guarda sus datos bajo su propia frase secreta.
settings-mediators-manage = Añadir un mediador o cambiar su nombre (pantalla Seguridad)

settings-places-title = Lugares de actividad
settings-places-help = Los lugares que se proponen al registrar un acompañamiento (oficina de correos, paradas del autobús, sala de una asociación…). Un lugar archivado ya no se propone; los acompañamientos pasados conservan su nombre.
settings-places-empty = Todavía no hay ningún lugar de actividad.
settings-place-add-open = Añadir un lugar
settings-place-add = Añadir este lugar
settings-place-new-title = Nuevo lugar de actividad
settings-place-edit-title = Modificar el lugar de actividad
settings-place-name = Nombre del lugar
settings-place-added = Lugar añadido: { $name }.
settings-place-saved = Lugar guardado: { $name }.
settings-place-archived = Lugar archivado: { $name }.
settings-place-archive-title = ¿Archivar «{ $name }»?
settings-place-archive-text = Ya no se propondrá para los nuevos acompañamientos. Los acompañamientos ya registrados conservan su nombre.

settings-partners-title = Organismos asociados
settings-partners-help = El directorio de las organizaciones a las que derivar a las personas (CAF, CCAS, France Services, mission locale…): sus datos de contacto y su horario podrán aparecer en los documentos entregados.
settings-partners-empty = Todavía no hay ningún organismo asociado en el directorio.
settings-partners-empty-kind = Ningún organismo asociado de este tipo.
settings-partner-filter = Mostrar
settings-partner-filter-all = Todos los organismos asociados
settings-partner-add-open = Añadir un organismo asociado
settings-partner-add = Añadir este organismo asociado
settings-partner-new-title = Nuevo organismo asociado
settings-partner-edit-title = Modificar el organismo asociado
settings-partner-name = Nombre del organismo asociado
settings-partner-kind = Tipo de organización
settings-partner-hours = Horario de atención
settings-partner-hours-help = Como se lo diría a la persona, en varias líneas si hace falta: «De lunes a viernes de 8:30 a 12:00».
settings-partner-notes = Notas
settings-partner-notes-help = Para usted: a quién dirigirse, papeles que llevar… No aparecen en los documentos entregados.
settings-partner-added = Organismo asociado añadido: { $name }.
settings-partner-saved = Organismo asociado guardado: { $name }.
settings-partner-archived = Organismo asociado quitado del directorio: { $name }.
settings-partner-archive-title = ¿Quitar «{ $name }» del directorio?
settings-partner-archive-text = Ya no se propondrá. Podrá volver a añadirlo si hace falta.
