values = [0, 00, 0_0, 1_000, 0xFF_FF, 0o17, 0b1010, 1.5e-3, .5, 5., 1e1_0, 3j, 1_0.0_1e1_0j, 0777j, 09.5]
big = 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
