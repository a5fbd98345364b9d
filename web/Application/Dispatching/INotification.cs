namespace ReferralSim.Web.Application.Dispatching;

/// <summary>A fact announced to every interested handler (e.g. events committed to a session).</summary>
public interface INotification;

public interface INotificationHandler<in TNotification> where TNotification : INotification
{
    Task Handle(TNotification notification, CancellationToken cancellationToken);
}
