match z:
    case 1j + 2j:
        pass
