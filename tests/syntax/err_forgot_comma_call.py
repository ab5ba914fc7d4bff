print('total:' total)
