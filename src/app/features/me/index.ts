// 我的: this device's settings, storage and app version. No other feature uses it: nothing is public.
export {}
