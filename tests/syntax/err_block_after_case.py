match p:
    case 1:
    pass
