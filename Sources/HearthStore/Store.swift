import Hearth
