"""Protection of the officer's local data (Qt-free): keys from the password, the encrypted
attachment cache, remembered keys, safe attachment file names, and wiping a profile."""
