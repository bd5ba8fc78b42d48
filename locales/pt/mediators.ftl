# Vários mediadores no mesmo computador: cada um com os seus dados, com a sua própria frase secreta.

mediator-choice-title = Quem está a usar o Escale?
mediator-choice-intro = Vários mediadores guardam os seus dados neste computador. Cada um só vê os seus. Escolha o seu nome.
mediator-unnamed = Mediador n.º { $number }
mediator-add-open = Acrescentar um mediador neste computador
mediator-add-title = Um novo mediador
mediator-add-intro = Vai ter os seus próprios dados, protegidos pela sua frase secreta. Os outros mediadores deste computador não os poderão ler, e também não poderá ler os dados deles.
mediator-add-keyring-first = { $count ->
        [one] Os dados de um mediador deste computador continuam protegidos pelo porta-chaves da sessão, que qualquer pessoa que use essa sessão pode abrir. Primeiro, essa pessoa tem de escolher uma frase secreta (Segurança, «Proteger com esta frase secreta»).
        [many] Os dados de { $count } mediadores deste computador continuam protegidos pelo porta-chaves da sessão, que qualquer pessoa que use essa sessão pode abrir. Primeiro, têm de escolher uma frase secreta (Segurança, «Proteger com esta frase secreta»).
       *[other] Os dados de { $count } mediadores deste computador continuam protegidos pelo porta-chaves da sessão, que qualquer pessoa que use essa sessão pode abrir. Primeiro, têm de escolher uma frase secreta (Segurança, «Proteger com esta frase secreta»).
    }
mediator-name = O seu nome, tal como vai aparecer na lista de mediadores
mediator-add = Criar os meus dados
mediator-switch = { $name } · mudar de mediador
mediator-switch-title = Fechar os seus dados e voltar à lista de mediadores
mediator-settings-title = Mediadores deste computador
mediator-settings-alone = É a única pessoa que guarda dados do Escale neste computador. Um colega pode acrescentar os dados dele: ficarão separados dos seus, cada um com a sua própria frase secreta.
mediator-settings-shared = { $count ->
        [one] Um mediador guarda os seus dados neste computador.
        [many] { $count } mediadores guardam os seus dados neste computador, cada um com a sua própria frase secreta.
       *[other] { $count } mediadores guardam os seus dados neste computador, cada um com a sua própria frase secreta.
    }
mediator-settings-keyring-first = Antes de acrescentar um colega, proteja os seus dados com uma frase secreta (mais acima): o porta-chaves da sessão abre-se para qualquer pessoa que use essa sessão.
mediator-own-name = O seu nome na lista de mediadores
mediator-save-name = Guardar o nome
mediator-name-saved = Nome guardado.
unlock-mediator = Dados de { $name }.
unlock-other-mediator = Não sou eu: escolher outro mediador
