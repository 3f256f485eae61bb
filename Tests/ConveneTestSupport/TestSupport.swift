public enum ConveneTestSupport {}
