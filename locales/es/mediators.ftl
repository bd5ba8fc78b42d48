# Varios mediadores en una misma computadora: cada uno con sus datos, bajo su propia frase secreta.

mediator-choice-title = ¿Quién usa Escale?
mediator-choice-intro = Varios mediadores guardan sus datos en esta computadora. Cada uno ve solo los suyos. Elija su nombre.
mediator-unnamed = Mediador n.º { $number }
mediator-add-open = Añadir un mediador en esta computadora
mediator-add-title = Un mediador nuevo
mediator-add-intro = Tendrá sus propios datos, protegidos por su frase secreta. Los demás mediadores de esta computadora no podrán leerlos, y usted no leerá los suyos.
mediator-add-keyring-first = { $count ->
        [one] Los datos de un mediador de esta computadora siguen protegidos por el llavero de la sesión, que puede abrir cualquier persona que use esa sesión. Primero debe elegir una frase secreta (Seguridad, «Proteger con esta frase secreta»).
        [many] Los datos de { $count } mediadores de esta computadora siguen protegidos por el llavero de la sesión, que puede abrir cualquier persona que use esa sesión. Primero deben elegir una frase secreta (Seguridad, «Proteger con esta frase secreta»).
       *[other] Los datos de { $count } mediadores de esta computadora siguen protegidos por el llavero de la sesión, que puede abrir cualquier persona que use esa sesión. Primero deben elegir una frase secreta (Seguridad, «Proteger con esta frase secreta»).
    }
mediator-name = Su nombre, tal como aparecerá en la lista de mediadores
mediator-add = Crear mis datos
mediator-switch = { $name } · cambiar de mediador
mediator-switch-title = Cerrar sus datos y volver a la lista de mediadores
mediator-settings-title = Mediadores de esta computadora
mediator-settings-alone = Usted es la única persona que guarda datos de Escale en esta computadora. Un colega puede añadir los suyos: estarán separados de los de usted, cada uno bajo su propia frase secreta.
mediator-settings-shared = { $count ->
        [one] Un mediador guarda sus datos en esta computadora.
        [many] { $count } mediadores guardan sus datos en esta computadora, cada uno bajo su propia frase secreta.
       *[other] { $count } mediadores guardan sus datos en esta computadora, cada uno bajo su propia frase secreta.
    }
mediator-settings-keyring-first = Antes de añadir a un colega, proteja sus datos con una frase secreta (más arriba): el llavero de la sesión se abre para cualquier persona que use esa sesión.
mediator-own-name = Su nombre en la lista de mediadores
mediator-save-name = Guardar el nombre
mediator-name-saved = Nombre guardado.
unlock-mediator = Datos de { $name }.
unlock-other-mediator = No soy yo: elegir otro mediador
